package io.github.matchsim.cli;

import io.github.matchsim.io.InvalidFileException;
import io.github.matchsim.io.MarketCsvReader;
import io.github.matchsim.io.MarketJsonReader;
import io.github.matchsim.io.ResultJsonReader;
import io.github.matchsim.io.SmsFormat;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.market.Market;
import io.github.matchsim.matching.Matching;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a command's inputs, every failure a user error that names the file. */
final class Inputs {
  private Inputs() {}

  /** Whether a path names a Stable Matching Suite text file (.sms or .txt, in any case). */
  static boolean isSms(Path file) {
    return hasExtension(file, ".sms") || hasExtension(file, ".txt");
  }

  /** Whether a path's file name ends with {@code extension}, in any case ({@code .JSON} too). */
  static boolean hasExtension(Path file, String extension) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension);
  }

  /** Reads a market: a folder in the CSV layout, a .sms or .txt file in the Stable Matching Suite format, else JSON. */
  static Market readMarket(Path file) throws UserError {
    requireName("the market", file);
    try {
      if (Files.isDirectory(file)) {
        return MarketCsvReader.read(file);
      }
      // A file, not a stream: read in blocks, and again if need be.
      return isSms(file) ? SmsFormat.readMarket(file) : MarketJsonReader.read(file);
    } catch (InvalidFileException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * Reads a result (JSON, {@code result/1}) or a matching (the suite's format) as a matching of
   * {@code market}, trusting nothing in it but who is assigned where.
   *
   * @param note told when the file says something a reader should know (a suite file's {@code m 0})
   */
  static Matching readMatching(Path file, CompiledMarket market, java.util.function.Consumer<String> note)
      throws UserError {
    requireName("the result", file);
    try (InputStream in = Files.newInputStream(file)) {
      if (isSms(file)) {
        SmsFormat.SmsMatching matching = SmsFormat.readMatching(in, file.toString());
        if (!matching.found()) {
          note.accept("note: " + file + " does not say 'm 1', so its writer found no stable matching; checking the"
              + " residents it lists (the others are unmatched)");
        }
        return matching.toMatching(market);
      }
      return ResultJsonReader.read(in, file.toString()).toMatching(market, file.toString());
    } catch (InvalidFileException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static void requireName(String what, Path file) throws UserError {
    if (file.toString().isBlank()) {
      throw new UserError(what + " is an empty path (is a shell variable unset?)");
    }
  }

  private static UserError cannotRead(Path file, IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return new UserError("cannot read " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      return new UserError("cannot read " + file + ": it is a folder");
    }
    return new UserError("cannot read " + file + ": " + Outputs.reason(e));
  }
}
