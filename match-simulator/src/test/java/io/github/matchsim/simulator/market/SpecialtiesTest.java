package io.github.matchsim.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2025 specialty table as the compilation publishes it, and what the model adds to it. */
class SpecialtiesTest {

  @Test
  void theTableHasTheCompilationsTotals() {
    List<Specialty> specialties = Specialties.nrmp2025();
    assertEquals(34, specialties.size());
    // "Together 6,277 programs and 42,615 positions, of the 43,237 offered" (the data's own note).
    assertEquals(6_277, specialties.stream().mapToInt(Specialty::programs).sum());
    assertEquals(42_615, specialties.stream().mapToInt(Specialty::positions).sum());
    Specialty family = specialties.stream().filter(s -> s.name().equals("Family Medicine")).findFirst().orElseThrow();
    assertEquals(817, family.programs());
    assertTrue(family.demand() > 1.2 && family.demand() < 1.5, "family medicine: " + family.demand());
    Specialty rehab = specialties.stream().filter(s -> s.name().equals("Physical Medicine & Rehab")).findFirst().orElseThrow();
    assertTrue(rehab.demand() > 2, "PM&R: " + rehab.demand());
  }

  @Test
  void pgy1YearsAndAdvancedProgramsSitWhereTheyReallyAre() {
    List<Specialty> specialties = Specialties.nrmp2025();
    assertEquals(List.of("Medicine-Preliminary (PGY-1 Only)", "Surgery-Preliminary (PGY-1 Only)", "Transitional (PGY-1 Only)"),
        specialties.stream().filter(s -> s.kind().isPgy1Year()).map(Specialty::name).toList());
    assertEquals(Specialties.ADVANCED_SHARES.keySet(), specialties.stream()
        .filter(s -> s.kind() == Specialty.Kind.WITH_ADVANCED).map(Specialty::name).collect(java.util.stream.Collectors.toSet()));
    double advancedPositions = specialties.stream().mapToDouble(s -> s.advancedShare() * s.positions()).sum();
    assertTrue(advancedPositions > 2_500 && advancedPositions < 3_196, "advanced positions: " + advancedPositions);
  }

  @Test
  void aSpecialtyIsValidatedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> new Specialty("X", 0, 1, 1, Specialty.Kind.CATEGORICAL, 0));
    assertThrows(IllegalArgumentException.class, () -> new Specialty("X", 2, 1, 1, Specialty.Kind.CATEGORICAL, 0));
    assertThrows(IllegalArgumentException.class, () -> new Specialty("X", 1, 1, 1, Specialty.Kind.CATEGORICAL, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Specialty("X", 1, 1, 1, Specialty.Kind.WITH_ADVANCED, 0));
  }
}
