package io.github.matchsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The library's layering, checked on its bytecode: core depends on the JDK alone and on none of
 * the project's file formats, command line or studies; the stability checker shares nothing with
 * the algorithms it checks; the engine of each algorithm (runs, seats, ledgers, detectors) is not
 * public.
 */
class LayeringTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.matchsim");

  @Test
  void coreDependsOnTheJdkAlone() {
    assertTrue(CORE.size() > 40, "the core's classes were found: " + CORE.size());
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.matchsim..", "java..")
        .check(CORE);
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.github.matchsim.io..", "io.github.matchsim.cli..", "io.github.matchsim.examples..",
            "io.github.matchsim.bench..")
        .check(CORE);
  }

  @Test
  void theCheckerIsIndependentOfTheAlgorithmsItChecks() {
    noClasses().that().resideInAPackage("io.github.matchsim.stability..")
        .should().dependOnClassesThat().resideInAPackage("io.github.matchsim.algorithm..")
        .check(CORE);
    noClasses().that().resideInAPackage("io.github.matchsim.matching..")
        .should().dependOnClassesThat().resideInAPackage("io.github.matchsim.algorithm..")
        .check(CORE);
  }

  @Test
  void theAlgorithmsEnginesArePackagePrivate() {
    classes().that().haveSimpleNameEndingWith("Run")
        .or().haveSimpleName("ProgramSeats").or().haveSimpleName("ReversionLedger")
        .or().haveSimpleName("CycleDetector").or().haveSimpleName("LongHashSet")
        .or().haveSimpleName("HeldEntries").or().haveSimpleName("IntStack")
        .should().notBePublic()
        .check(CORE);
  }
}
