package io.github.matchsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or not at all: a write that fails half-way leaves the target as it was, and no temporary. */
class OutputsTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileWriteThatFailsHalfWayLeavesTheOldFile() throws Exception {
    Path target = Files.writeString(dir.resolve("result.json"), "the old result");
    UserError e = assertThrows(UserError.class, () -> new Outputs().writeFile("--output", target, out -> {
      out.write("half of a new ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }));
    assertTrue(e.getMessage().contains("No space left on device; it is as it was before"), e.getMessage());
    assertEquals("the old result", Files.readString(target));
    assertEquals(List.of("result.json"), names(), "no temporary left");
  }

  @Test
  void aFolderWriteThatFailsHalfWayLeavesTheOldFolder() throws Exception {
    Path folder = dir.resolve("csv");
    new Outputs().writeFolder("--to", folder, false, List.of("a.csv", "b.csv"), into -> {
      Files.writeString(into.resolve("a.csv"), "old a");
      Files.writeString(into.resolve("b.csv"), "old b");
    });
    assertThrows(UserError.class, () -> new Outputs().writeFolder("--to", folder, false, List.of("a.csv", "b.csv"),
        into -> {
          Files.writeString(into.resolve("a.csv"), "new a");
          throw new IOException("disk full");
        }));
    assertEquals("old a", Files.readString(folder.resolve("a.csv")));
    assertEquals("old b", Files.readString(folder.resolve("b.csv")));
    assertEquals(List.of("csv"), names(), "no temporary folder left");
  }
}
