package io.github.matchsim.spark;

import io.github.matchsim.simulate.Metric;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One replication's outcome as it travels from a task to the driver: its global index, and either
 * its metrics (names, kinds and values, the doubles bit for bit) or why it failed.
 */
final class ReplicationRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Metric.Kind[] KINDS = Metric.Kind.values();

  final long index;
  private final String[] names;
  private final byte[] kinds;
  private final double[] values;
  /** Why the replication failed, or null. */
  final String failure;

  private ReplicationRow(long index, String[] names, byte[] kinds, double[] values, String failure) {
    this.index = index;
    this.names = names;
    this.kinds = kinds;
    this.values = values;
    this.failure = failure;
  }

  static ReplicationRow of(long index, Map<Metric, Double> metrics) {
    String[] names = new String[metrics.size()];
    byte[] kinds = new byte[metrics.size()];
    double[] values = new double[metrics.size()];
    int k = 0;
    for (Map.Entry<Metric, Double> entry : metrics.entrySet()) {
      names[k] = entry.getKey().name();
      kinds[k] = (byte) entry.getKey().kind().ordinal();
      values[k] = entry.getValue();
      k++;
    }
    return new ReplicationRow(index, names, kinds, values, null);
  }

  static ReplicationRow failed(long index, Throwable cause) {
    return new ReplicationRow(index, null, null, null, String.valueOf(cause));
  }

  /** The metrics in the order the replication returned them. */
  Map<Metric, Double> metrics() {
    Map<Metric, Double> metrics = new LinkedHashMap<>();
    for (int k = 0; k < names.length; k++) {
      metrics.put(new Metric(names[k], KINDS[kinds[k]]), values[k]);
    }
    return metrics;
  }
}
