package io.github.matchsim.spark;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Replication;
import io.github.matchsim.simulate.ReplicationSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * What a task runs: the replications of one block, in index order, each rebuilt on the executor
 * from the plan (the source looked up by name, its replication made from the setting) and run with
 * the seed the local {@link Experiment} would give it. A replication that throws becomes a failed
 * row, so that the driver can name the first failure by index and seed.
 */
final class BlockRunner implements FlatMapFunction<SweepPlan.Block, ReplicationRow> {
  private static final long serialVersionUID = 1L;

  private final SweepPlan plan;

  BlockRunner(SweepPlan plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<ReplicationRow> call(SweepPlan.Block block) {
    ReplicationSource source = ReplicationSource.named(plan.source);
    List<ReplicationRow> rows = new ArrayList<>((int) (block.to() - block.from()));
    int setting = -1;
    Replication replication = null;
    for (long g = block.from(); g < block.to(); g++) {
      int s = (int) (g / plan.replications);
      int i = (int) (g % plan.replications);
      try {
        if (s != setting) {
          replication = source.replication(plan.setting(s));
          setting = s;
        }
        rows.add(ReplicationRow.of(g, replication.run(i, Experiment.seedOf(plan.masterSeed, i))));
      } catch (RuntimeException e) { // reported by index and seed, not retried: it would fail again
        rows.add(ReplicationRow.failed(g, e));
      }
    }
    return rows.iterator();
  }
}
