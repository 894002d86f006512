package io.github.matchsim.simulator.studies;

import io.github.matchsim.generate.NrmpGroup;
import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import io.github.matchsim.simulator.market.NationalMarketModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Fits the funnel model's free parameters to the calibration report's targets by coordinate search:
 * each parameter in turn moves by its step up or down while that lowers the loss, and the step
 * halves when neither does. The loss is the sum over targets of the squared distance from the
 * simulated mean to the published figure or range, in units of the target's tolerance (the
 * report's "close" column).
 *
 * <p>Two targets are left out of the loss and stay predictions: couples with both partners matched
 * and the share of runs ending stable. No free parameter acts on couples' own strategy, and
 * stability is what the model should show, not what it is made to show; at the calibrator's 2
 * replications each is also too noisy (a share of runs moves by 50 points) to judge a move by.
 *
 * <p>Every evaluation uses the same seeds (common random numbers), so that a move is judged on the
 * same markets and not on noise: {@value #REPLICATIONS} replications at {@value #SCALE} times the
 * national scale.
 */
final class Calibrator {
  static final int REPLICATIONS = 2;
  static final double SCALE = 0.3;
  private static final int PASSES = 3;
  /** The targets left out of the loss (see above). */
  static final Set<Metric> NOT_FITTED = Set.of(NationalMetrics.COUPLES_BOTH, NationalMetrics.STABLE);

  /** A free parameter: its name, start, first step, range, and how it is set on the model's builder. */
  private record Parameter(String name, double start, double step, double min, double max,
      BiFunction<NationalMarketModel.Builder, Double, NationalMarketModel.Builder> set) {}

  private static final List<Parameter> PARAMETERS = List.of(
      new Parameter("strength mean, US MD seniors", 1.15, 0.3, -2, 4, (b, v) -> b.strengthMean(NrmpGroup.US_MD, v)),
      new Parameter("strength mean, US DO seniors", 1.05, 0.3, -2, 4, (b, v) -> b.strengthMean(NrmpGroup.US_DO, v)),
      new Parameter("strength mean, US-citizen IMGs", -0.2, 0.3, -3, 3, (b, v) -> b.strengthMean(NrmpGroup.US_IMG, v)),
      new Parameter("strength mean, non-US-citizen IMGs", -0.65, 0.3, -3, 3, (b, v) -> b.strengthMean(NrmpGroup.NON_US_IMG, v)),
      new Parameter("interviews per position", 12, 2, 6, 24, (b, v) -> b.interviewsPerPosition(v)),
      new Parameter("invitations per interview slot", 1.3, 0.2, 1, 3, (b, v) -> b.overInvite(v)),
      new Parameter("share of interviewees a program ranks", 0.9, 0.05, 0.5, 1, (b, v) -> b.programRankShare(v)),
      new Parameter("most interviews an applicant attends", 15, 3, 6, 30, (b, v) -> b.interviewLimit((int) Math.round(v))),
      new Parameter("spread of applicants' tastes", 0.7, 0.2, 0.1, 2, (b, v) -> b.tasteNoise(v)),
      new Parameter("rounds of interview invitations", 2, 2, 1, 10, (b, v) -> b.invitationRounds((int) Math.round(v))),
      new Parameter("programs' yield penalty", 1.5, 0.5, 0, 5, (b, v) -> b.yieldPenalty(v)));

  private final long seed;

  Calibrator(long seed) {
    this.seed = seed;
  }

  /** The fitted values, the loss before and after, and how many evaluations it took. */
  record Fit(double[] values, double startLoss, double loss, int evaluations) {

    /** The model's builder with the fitted values set. */
    NationalMarketModel.Builder apply(NationalMarketModel.Builder builder) {
      for (int i = 0; i < PARAMETERS.size(); i++) {
        builder = PARAMETERS.get(i).set().apply(builder, values[i]);
      }
      return builder;
    }

    /** A section for the report: the fitted values beside the defaults. */
    String markdown() {
      StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%n## Fitted parameters%n%nFitted by coordinate "
          + "search against the targets above (%d evaluations of %d replications at %.1f times the national scale, the same "
          + "seeds each time); the loss fell from %.1f to %.1f. The report above uses these values; the targets used to "
          + "fit (all but couples with both partners matched and the share of runs ending stable, which stay "
          + "predictions) agree by construction, not as findings.%n%n| parameter | default | fitted |%n|---|---:|---:|%n",
          evaluations, REPLICATIONS, SCALE, startLoss, loss));
      for (int i = 0; i < PARAMETERS.size(); i++) {
        md.append(String.format(Locale.ROOT, "| %s | %.3g | %.3g |%n", PARAMETERS.get(i).name(), PARAMETERS.get(i).start(), values[i]));
      }
      return md.toString();
    }
  }

  Fit fit() {
    double[] values = PARAMETERS.stream().mapToDouble(Parameter::start).toArray();
    double[] steps = PARAMETERS.stream().mapToDouble(Parameter::step).toArray();
    double best = loss(values);
    double start = best;
    int evaluations = 1;
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < values.length; i++) {
        boolean moved = true;
        while (moved) {
          moved = false;
          for (double direction : new double[] {1, -1}) {
            double[] trial = values.clone();
            trial[i] = Math.max(PARAMETERS.get(i).min(), Math.min(PARAMETERS.get(i).max(), values[i] + direction * steps[i]));
            if (trial[i] == values[i]) {
              continue;
            }
            double loss = loss(trial);
            evaluations++;
            if (loss < best) {
              best = loss;
              values = trial;
              moved = true;
              break;
            }
          }
        }
        steps[i] /= 2;
      }
    }
    return new Fit(values, start, best, evaluations);
  }

  /** The loss of a parameter vector: squared distances to the targets, in tolerances. */
  private double loss(double[] values) {
    NationalMarketModel.Builder builder = NationalMarketModel.match2025(SCALE);
    for (int i = 0; i < values.length; i++) {
      builder = PARAMETERS.get(i).set().apply(builder, values[i]);
    }
    NationalMarketModel model = builder.build();
    Experiment.ExperimentResult result = Experiment.builder().replications(REPLICATIONS).masterSeed(seed).build()
        .run((index, s) -> NationalMetrics.replicate(model, s));
    double loss = 0;
    for (Target target : Target.ALL) {
      double mean = target.factor() * result.summary(target.metric()).mean();
      if (Double.isNaN(mean) || NOT_FITTED.contains(target.metric())) {
        continue;
      }
      double z = target.offBy(mean) / target.tolerance();
      loss += z * z;
    }
    return loss;
  }
}
