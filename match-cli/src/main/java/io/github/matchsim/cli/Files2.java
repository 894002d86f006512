package io.github.matchsim.cli;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketCsvReader;
import io.github.matchsim.io.MarketCsvWriter;
import io.github.matchsim.io.MarketJsonReader;
import io.github.matchsim.io.ResultDocument;
import io.github.matchsim.io.ResultJsonReader;
import io.github.matchsim.io.SmsFormat;
import io.github.matchsim.market.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reading inputs with user-facing errors, and writing outputs whole or not at all. */
final class Files2 {
  private Files2() {}

  /** Writes what {@code body} produces, through a temporary file renamed over the target at the end. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  static void writeWhole(Path target, Body body) throws UserError {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".partial");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        body.write(out);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot write " + target + ": the folder " + directory + " does not exist");
    } catch (AccessDeniedException e) {
      throw new UserError("cannot write " + target + ": permission denied");
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // best effort: the target is whole or untouched either way
        }
      }
    }
  }

  /**
   * Writes a market as a CSV folder, whole or not at all: into a temporary sibling folder that then
   * replaces the target.
   */
  static void writeCsvFolder(Path target, Market market) throws UserError {
    Path absolute = target.toAbsolutePath();
    Path temporary = null;
    try {
      if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
        throw new UserError("cannot write " + target + ": it is a file, not a folder");
      }
      temporary = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName());
      MarketCsvWriter.write(market, temporary);
      if (Files.exists(absolute)) {
        deleteFolder(absolute);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
    } catch (NoSuchFileException e) {
      throw new UserError("cannot write " + target + ": the folder " + absolute.getParent() + " does not exist");
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + e.getMessage());
    } finally {
      if (temporary != null) {
        try {
          deleteFolder(temporary);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  /** Whether a path names a Stable Matching Suite text file (.sms or .txt). */
  static boolean isSms(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".sms") || name.endsWith(".txt");
  }

  /** Reads a market: a folder in the CSV layout, a .sms or .txt file in the Stable Matching Suite format, else JSON. */
  static Market readMarket(Path file) throws UserError {
    try {
      if (isSms(file) && !Files.isDirectory(file)) {
        try (var in = Files.newInputStream(file)) {
          return SmsFormat.readMarket(in, file.toString());
        }
      }
      return Files.isDirectory(file) ? MarketCsvReader.read(file) : MarketJsonReader.read(file);
    } catch (InvalidFileException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  static ResultDocument readResult(Path file) throws UserError {
    try {
      return ResultJsonReader.read(file);
    } catch (InvalidFileException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Reads a matching in the Stable Matching Suite format: applicant id to program id. */
  static java.util.Map<String, String> readSmsMatching(Path file) throws UserError {
    try (var in = Files.newInputStream(file)) {
      return SmsFormat.readMatching(in, file.toString());
    } catch (InvalidFileException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static UserError cannotRead(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UserError("cannot read " + file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new UserError("cannot read " + file + ": permission denied");
    }
    return new UserError("cannot read " + file + ": " + e.getMessage());
  }
}
