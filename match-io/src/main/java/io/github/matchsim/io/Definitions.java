package io.github.matchsim.io;

import java.util.Arrays;

/**
 * One kind of id (programs, or applicants) as a quick reader meets it: names numbered in order of
 * first sight ({@link #names}), in lists before or after their definitions, and definitions
 * numbered in the order the file gives them, which is the market's order. Lists are read as names
 * and renumbered once at the end.
 */
final class Definitions {
  /** The names met so far. */
  final AsciiIds names = new AsciiIds();
  /** Per name: its definition + 1, or 0 while undefined. */
  private int[] definition = new int[1024];
  /** Per definition: its name. */
  private final IntList order = new IntList();

  /** Defines a name; false when it is defined already. */
  boolean define(int name) {
    if (name >= definition.length) {
      definition = Arrays.copyOf(definition, Math.max(2 * definition.length, name + 1));
    }
    if (definition[name] != 0) {
      return false;
    }
    order.add(name);
    definition[name] = order.size;
    return true;
  }

  /** The number of definitions. */
  int count() {
    return order.size;
  }

  /** Whether every name met is defined. */
  boolean allDefined() {
    return names.size() == order.size;
  }

  /** A list of names as definitions, -1 (no program) kept; every name must be defined. */
  int[] renumbered(IntList list) {
    int[] values = list.toArray();
    for (int k = 0; k < values.length; k++) {
      values[k] = values[k] < 0 ? -1 : definition[values[k]] - 1;
    }
    return values;
  }

  /** The ids in order of definition. */
  String[] ids() {
    String[] ids = new String[order.size];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = names.string(order.get(i));
    }
    return ids;
  }
}
