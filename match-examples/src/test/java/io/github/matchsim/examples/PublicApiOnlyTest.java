package io.github.matchsim.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples are what users read and copy, and a user's code cannot reach the
 * engine (match-core exports it only to the project's IO, command line and benchmarks): so the
 * examples use the public API alone.
 */
class PublicApiOnlyTest {

  @Test
  void theExamplesDoNotUseTheEngine() {
    JavaClasses examples = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.matchsim.examples");
    assertTrue(examples.size() > 0, "the examples' classes were found: " + examples.size());
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.matchsim.engine..")
        .check(examples);
  }
}
