package io.github.matchsim.simulator.studies;

import io.github.matchsim.simulate.Experiment;
import io.github.matchsim.simulate.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Line charts of metric means with 95% intervals as error bars, written headless as PNG. */
final class Charts {
  private Charts() {}

  /**
   * Writes a chart with one line per series: series {@code s} plots, against {@code xs}, the
   * metrics {@code metric.apply(s).by(x)}.
   */
  static void lines(Path file, String title, String xTitle, String yTitle, List<String> series,
      IntFunction<Metric> metric, List<? extends Number> xs, Experiment.ExperimentResult result) throws IOException {
    lines(file, title, xTitle, yTitle, series, metric, xs, xs, result);
  }

  /**
   * Writes a chart with one line per series: series {@code s} plots at {@code xs.get(i)} the metric
   * {@code metric.apply(s).by(keys.get(i))}, for metrics keyed by labels such as bins ("1-3").
   */
  static void lines(Path file, String title, String xTitle, String yTitle, List<String> series,
      IntFunction<Metric> metric, List<?> keys, List<? extends Number> xs, Experiment.ExperimentResult result)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(900).height(500).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    for (int s = 0; s < series.size(); s++) {
      Metric family = metric.apply(s);
      List<Double> means = keys.stream().map(x -> result.summary(family.by(x)).mean()).toList();
      List<Double> errors = keys.stream().map(x -> result.summary(family.by(x)).halfWidth()).toList();
      chart.addSeries(series.get(s), xs.stream().map(Number::doubleValue).toList(), means, errors);
    }
    Files.createDirectories(file.getParent());
    BitmapEncoder.saveBitmap(chart, file.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
  }
}
