package io.github.matchsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's layering, checked on its bytecode: core depends on the JDK alone and on none of
 * the project's file formats, command line or studies; the stability checker shares nothing with
 * the algorithms it checks; the engine of each algorithm (runs, seats, ledgers, detectors) is not
 * public; the engine package (compiled arrays, matchings by index) is exported only to the
 * project's own modules, and no public signature of the API names it.
 */
class LayeringTest {
  private static final String ENGINE = "io.github.matchsim.engine";
  private static final Set<String> API = Set.of("io.github.matchsim.algorithm", "io.github.matchsim.generate",
      "io.github.matchsim.market", "io.github.matchsim.matching", "io.github.matchsim.simulate",
      "io.github.matchsim.stability");
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
  void onlyTheCertificationStepUsesTheChecker() {
    // The algorithm's status comes from the checker, in a step of its own; the runs, the repair
    // policy and the parts they share never call it, so the checker stays independent of them.
    noClasses().that().resideInAPackage("io.github.matchsim.algorithm..")
        .and().doNotHaveSimpleName("Certification")
        .should().dependOnClassesThat().haveFullyQualifiedName("io.github.matchsim.stability.StabilityChecker")
        .check(CORE);
    noClasses().that().resideInAPackage("io.github.matchsim.algorithm..")
        .and().doNotHaveSimpleName("RepairRounds")
        .should().dependOnClassesThat().haveFullyQualifiedName(ENGINE + ".BlockingScan")
        .check(CORE);
  }

  @Test
  void theAlgorithmsEnginesArePackagePrivate() {
    classes().that().haveSimpleNameEndingWith("Run")
        .or().haveSimpleName("ProgramSeats").or().haveSimpleName("ReversionLedger")
        .or().haveSimpleName("CycleDetector").or().haveSimpleName("LongHashSet")
        .or().haveSimpleName("EntrySet").or().haveSimpleName("IntStack")
        .or().haveSimpleName("RepairRounds").or().haveSimpleName("Certification")
        .should().notBePublic()
        .check(CORE);
  }

  @Test
  void theModuleExportsTheApiAndTheEngineOnlyToTheProjectsModules() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = LayeringTest.class.getResourceAsStream("/module-info.class")) {
      assertTrue(in != null, "match-core's module-info.class is on the test path");
      module = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.matchsim.core", module.name());
    assertEquals(Set.of("java.base"), module.requires().stream().map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet()), "core requires the JDK's base module alone");
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      exports.put(export.source(), new TreeSet<>(export.targets()));
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    for (String api : API) {
      expected.put(api, Set.of()); // to everyone
    }
    expected.put(ENGINE, Set.of("io.github.matchsim.io", "io.github.matchsim.cli", "io.github.matchsim.bench"));
    assertEquals(expected, exports);
  }

  @Test
  void noPublicSignatureOfTheApiNamesTheEngine() {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (JavaClass javaClass : CORE) {
      Class<?> type = javaClass.reflect();
      if (!API.contains(type.getPackageName()) || !isVisible(type)) {
        continue;
      }
      checked++;
      for (Method method : type.getDeclaredMethods()) {
        if (isVisible(method) && !method.isSynthetic()) {
          collect(leaks, method, method.getGenericReturnType());
          parameters(leaks, method);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor)) {
          parameters(leaks, constructor);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isVisible(field)) {
          collect(leaks, field, field.getGenericType());
        }
      }
      for (Type supertype : type.getGenericInterfaces()) {
        collect(leaks, type, supertype);
      }
    }
    assertTrue(checked > 30, "the API's public types were found: " + checked);
    assertEquals(List.of(), leaks, "public signatures of the API that name the engine");
  }

  @Test
  void theGeneratorsAndTheExperimentRunnerDoNotUseTheEngine() {
    noClasses().that().resideInAnyPackage("io.github.matchsim.generate..", "io.github.matchsim.simulate..")
        .should().dependOnClassesThat().resideInAPackage(ENGINE + "..")
        .check(CORE);
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(java.lang.reflect.Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private static void parameters(List<String> leaks, Executable executable) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      collect(leaks, executable, parameter);
    }
  }

  private static void collect(List<String> leaks, Object where, Type type) {
    if (type instanceof Class<?> c) {
      Class<?> element = c.isArray() ? c.componentType() : c;
      if (element.getPackageName().equals(ENGINE)) {
        leaks.add(where + " names " + element.getName());
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collect(leaks, where, parameterized.getRawType());
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(leaks, where, argument);
      }
    }
  }
}
