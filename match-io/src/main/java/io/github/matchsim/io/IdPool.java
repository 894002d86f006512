package io.github.matchsim.io;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@code String} per distinct id read from a file. A market names each program and applicant
 * once as an id and then again in every rank order list that ranks it: a 1,000,000-applicant market
 * with 30 ranks has 60 million list entries, and a fresh string for each (about 48 bytes for a
 * short id, an estimate) would need some 2.9 GB of heap for text the market already holds once per
 * id. Readers pass every id they read through {@link #canonical}, and the lists share the id
 * strings.
 */
final class IdPool {
  private final Map<String, String> ids = new HashMap<>();

  /** The pooled string equal to {@code id}: the first one read, which later equal ones give way to. */
  String canonical(String id) {
    String known = ids.putIfAbsent(id, id);
    return known == null ? id : known;
  }
}
