package io.github.matchsim.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A family of replications rebuilt anywhere from a name and settings: what crosses the wire when
 * replications run on other machines (the {@code match-spark} module), in place of a live
 * closure or generator. A sweep is one source run with several settings.
 *
 * <p>{@link #replication} must return a replication that depends on nothing but its settings and
 * each replication's seed, so that every machine computes the same metrics. Sources are found
 * by {@link java.util.ServiceLoader} (a {@code META-INF/services} entry or a module's {@code
 * provides}), through the thread's context class loader, which is where a cluster puts the jars
 * a job brings.
 *
 * <pre>{@code
 * ReplicationSource source = ReplicationSource.named("couples");
 * ExperimentResult local = Experiment.builder().replications(100).masterSeed(1).build()
 *     .run(source.replication(Map.of("scale", "0.05", "couple_percent", "5")));
 * }</pre>
 */
public interface ReplicationSource {
  /** The name a job names it by, such as {@code couples}. */
  String name();

  /** The settings it reads, each with what it means, for help texts and error messages. */
  Map<String, String> settings();

  /**
   * What the replications measure and under which assumptions, with the published figures to
   * compare them with where there are any: a paragraph for the summary a sweep writes beside its
   * CSVs. Empty unless a source says.
   */
  default String about() {
    return "";
  }

  /**
   * The replication for these settings.
   *
   * @throws IllegalArgumentException naming a setting that is missing, unknown or not valid
   */
  Replication replication(Map<String, String> settings);

  /**
   * The source of that name among those the context class loader (or, without one, this
   * library's) can see.
   *
   * @throws IllegalArgumentException naming the sources there are, if none has that name
   */
  static ReplicationSource named(String name) {
    Objects.requireNonNull(name, "name");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<String> names = new ArrayList<>();
    for (ReplicationSource source : ServiceLoader.load(ReplicationSource.class,
        loader != null ? loader : ReplicationSource.class.getClassLoader())) {
      if (source.name().equals(name)) {
        return source;
      }
      names.add(source.name());
    }
    throw new IllegalArgumentException("no replication source named \"" + name + "\"; "
        + (names.isEmpty() ? "none is on the class path" : "there are " + String.join(", ", names.stream().sorted().toList())));
  }
}
