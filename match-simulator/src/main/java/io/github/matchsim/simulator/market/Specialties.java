package io.github.matchsim.simulator.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The specialties of the 2025 Main Residency Match: for 34 specialties the programs, positions and
 * applicants who ranked them (NRMP, "Results and Data: 2025 Main Residency Match", as compiled in
 * the public repository aymannnn/signaling, {@code constants/nrmp_base_data.csv}; together 6,277
 * programs and 42,615 of the 43,237 positions offered).
 *
 * <p>The table does not say which positions are advanced (PGY-2). They sit in a few specialties;
 * the shares below are this model's assumption, chosen so that about 2,800 advanced positions
 * result (NRMP 2025: 3,196 PGY-2 positions, advanced and reserved together).
 */
public final class Specialties {
  private static final String TABLE = "nrmp-2025-specialties.csv";

  /** Assumed share of each specialty's programs that offer advanced positions. */
  static final Map<String, Double> ADVANCED_SHARES = Map.of(
      "Anesthesiology", 0.25,
      "Dermatology", 0.8,
      "Interventional Radiology (Integrated)", 0.5,
      "Neurology", 0.35,
      "Physical Medicine & Rehab", 0.7,
      "Radiation Oncology", 0.95,
      "Radiology-Diagnostic", 0.6);

  private Specialties() {}

  /** The 34 specialties of 2025, in the table's order. */
  public static List<Specialty> nrmp2025() {
    try (InputStream in = Specialties.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("the specialty table " + TABLE + " is missing from the simulator's jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the specialty table " + TABLE, e);
    }
  }

  private static List<Specialty> parse(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (!"Program,n_programs,n_positions,n_applicants".equals(header)) {
      throw new IllegalStateException(TABLE + ": unexpected header " + header);
    }
    List<Specialty> specialties = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      int third = line.lastIndexOf(',');
      int second = line.lastIndexOf(',', third - 1);
      int first = line.lastIndexOf(',', second - 1);
      String name = line.substring(0, first);
      int programs = Integer.parseInt(line.substring(first + 1, second));
      int positions = Integer.parseInt(line.substring(second + 1, third));
      int applicants = Integer.parseInt(line.substring(third + 1));
      double advanced = ADVANCED_SHARES.getOrDefault(name, 0.0);
      Specialty.Kind kind = name.startsWith("Transitional") ? Specialty.Kind.TRANSITIONAL
          : name.endsWith("(PGY-1 Only)") ? Specialty.Kind.PRELIMINARY
          : advanced > 0 ? Specialty.Kind.WITH_ADVANCED : Specialty.Kind.CATEGORICAL;
      specialties.add(new Specialty(name, programs, positions, applicants, kind, advanced));
    }
    return List.copyOf(specialties);
  }
}
