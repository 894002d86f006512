package io.github.matchsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every task of a sweep needs, and all it gets: the source's name, each setting as key and
 * value strings, the number of replications per setting and the master seed. Replication {@code
 * i} of setting {@code s} has the global index {@code s * replications + i}; a task is a
 * contiguous range of global indices ({@link Block}). Plain strings and numbers, so that Java
 * serialization carries it whatever the source.
 */
final class SweepPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  final String source;
  private final String[][] keys;
  private final String[][] values;
  final int replications;
  final long masterSeed;

  SweepPlan(String source, List<Map<String, String>> settings, int replications, long masterSeed) {
    this.source = source;
    this.keys = new String[settings.size()][];
    this.values = new String[settings.size()][];
    for (int s = 0; s < settings.size(); s++) {
      keys[s] = settings.get(s).keySet().toArray(String[]::new);
      values[s] = new String[keys[s].length];
      for (int k = 0; k < keys[s].length; k++) {
        values[s][k] = settings.get(s).get(keys[s][k]);
      }
    }
    this.replications = replications;
    this.masterSeed = masterSeed;
  }

  int settingCount() {
    return keys.length;
  }

  /** Setting {@code s} as given, in its order. */
  Map<String, String> setting(int s) {
    Map<String, String> setting = new LinkedHashMap<>();
    for (int k = 0; k < keys[s].length; k++) {
      setting.put(keys[s][k], values[s][k]);
    }
    return setting;
  }

  long total() {
    return (long) settingCount() * replications;
  }

  /** The global indices cut into at most {@code count} contiguous blocks of nearly equal size. */
  List<Block> blocks(int count) {
    long total = total();
    int n = (int) Math.max(1, Math.min(count, total));
    List<Block> blocks = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      blocks.add(new Block(total * b / n, total * (b + 1) / n));
    }
    return blocks;
  }

  /** A task's work: global indices {@code from} (included) to {@code to} (excluded). */
  record Block(long from, long to) implements Serializable {}
}
