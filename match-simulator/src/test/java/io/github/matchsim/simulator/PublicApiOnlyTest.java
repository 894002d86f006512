package io.github.matchsim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The simulator is a user of the library like any other: its studies use the public API alone,
 * never the engine (which match-core exports only to its IO, command line and benchmarks), and of
 * the command line only the plug-in's plumbing.
 */
class PublicApiOnlyTest {
  private static final JavaClasses SIMULATOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.matchsim.simulator");

  @Test
  void theStudiesDoNotUseTheEngine() {
    assertTrue(SIMULATOR.size() > 10, "the simulator's classes were found: " + SIMULATOR.size());
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.matchsim.engine..")
        .check(SIMULATOR);
  }

  @Test
  void onlyTheSubcommandUsesTheCommandLine() {
    noClasses().that().resideInAPackage("io.github.matchsim.simulator.studies..")
        .should().dependOnClassesThat().resideInAPackage("io.github.matchsim.cli..")
        .check(SIMULATOR);
  }
}
