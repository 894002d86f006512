package io.github.matchsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.matchsim.io.ResultDocument;
import io.github.matchsim.io.ResultJsonReader;
import io.github.matchsim.io.ResultJsonWriter;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line driven in process, as picocli runs it. */
class MatchCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run match(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MatchCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path generate(String... extra) {
    Path market = dir.resolve("market.json");
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--applicants", "300", "--output", market.toString()));
    args.addAll(List.of(extra));
    Run run = match(args.toArray(String[]::new));
    assertEquals(0, run.code(), run::err);
    return market;
  }

  @Test
  void generateRunCheck() throws Exception {
    Path market = generate("--couples", "0.04", "--advanced", "0.07", "--preliminary", "0.15", "--reversions", "0.05");
    byte[] before = Files.readAllBytes(market);
    Path result = dir.resolve("result.json");
    Run run = match("run", "--market", market.toString(), "--output", result.toString());
    assertTrue(run.err().startsWith("roth-peranson: "), run.err());
    assertTrue(run.err().contains("matched "), run.err());
    ResultDocument document = ResultJsonReader.read(result);
    Run check = match("check", "--market", market.toString(), "--result", result.toString());
    assertEquals(run.code(), check.code(), check.err());
    if (document.status().name().equals("STABLE")) {
      assertEquals(0, check.code());
      assertEquals("stable\n", check.err());
      assertTrue(document.blocking().isEmpty(), document.blocking()::toString);
    } else {
      // The command line re-checks the file: it must find the blocking coalitions the run reported.
      assertEquals(1, check.code());
      assertTrue(check.err().startsWith("not stable: " + document.blocking().size() + " blocking coalitions"),
          check.err());
      assertEquals(document.blocking().size(), check.out().lines().count(), check.out());
    }
    assertArrayEquals(before, Files.readAllBytes(market), "input files are never modified");
  }

  @Test
  void theExactFallbackProvesThatNoStableMatchingExistsAndWritesACheckableResult() throws Exception {
    // 40% of applicants in couples: Roth–Peranson ends in a cycle, and this market has no stable matching.
    Path market = dir.resolve("couples.json");
    assertEquals(0, match("generate", "--applicants", "120", "--couples", "0.4", "--advanced", "0.2", "--preliminary",
        "0.3", "--seed", "3", "--output", market.toString()).code());
    Path result = dir.resolve("result.json");
    Run run = match("run", "--market", market.toString(), "--output", result.toString(), "--exact-fallback", "4");
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("exact fallback: proved that this market has no stable matching"), run.err());
    assertTrue(run.err().contains("roth-peranson alone ended CYCLE_DETECTED"), run.err());
    ResultDocument document = ResultJsonReader.read(result);
    assertEquals("NO_STABLE_MATCHING", document.status().name());
    assertEquals("roth-peranson+exact-sat", document.algorithm());
    Run check = match("check", "--market", market.toString(), "--result", result.toString());
    assertTrue(check.err().startsWith("not stable: " + document.blocking().size() + " blocking coalitions"), check.err());

    Run wrong = match("run", "--market", market.toString(), "--algorithm", "applicant-proposing", "--exact-fallback", "5");
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("--exact-fallback takes a positive number of seconds and goes with --algorithm"
        + " roth-peranson"), wrong.err());
  }

  @Test
  void explainSaysWhatHappenedAtEachEntryInTextAndJson() throws Exception {
    Path market = generate("--couples", "0.1", "--advanced", "0.1", "--preliminary", "0.2");
    Path result = dir.resolve("result.json");
    match("run", "--market", market.toString(), "--output", result.toString());
    io.github.matchsim.market.Market read = io.github.matchsim.io.MarketJsonReader.read(market);
    String single = read.applicants().stream().filter(a -> !a.rankOrderList().isEmpty()).findFirst().orElseThrow().id();
    int listLength = read.applicant(single).orElseThrow().rankOrderList().size();

    Run text = match("explain", "--market", market.toString(), "--result", result.toString(), "--applicant", single);
    assertEquals(0, text.code(), text.err());
    List<String> lines = text.out().lines().toList();
    assertTrue(lines.get(0).startsWith(single + " "), lines.get(0));
    for (int i = 1; i <= listLength; i++) {
      assertTrue(lines.get(i).startsWith(i + ". "), lines.get(i));
    }

    Run json = match("explain", "--market", market.toString(), "--result", result.toString(), "--applicant", single,
        "--json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("\"format\" : \"explanation/1\""), json.out());
    assertEquals(listLength, json.out().split("\"place\"", -1).length - 1 - supplementalEntries(json.out()), json.out());

    Run unknown = match("explain", "--market", market.toString(), "--result", result.toString(), "--applicant", "nobody");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no applicant \"nobody\" in this market"), unknown.err());
  }

  @Test
  void soapOffersTheUnfilledPositionsAndWritesEveryOffer() throws Exception {
    Path market = generate("--advanced", "0.1", "--preliminary", "0.2");
    Path result = dir.resolve("result.json");
    match("run", "--market", market.toString(), "--output", result.toString());
    Path offers = dir.resolve("offers.csv");
    Run soap = match("soap", "--market", market.toString(), "--result", result.toString(), "--output", offers.toString(),
        "--applications", "5");
    assertEquals(0, soap.code(), soap.err());
    List<String> rows = Files.readAllLines(offers);
    assertEquals("round,program,applicant,accepted", rows.get(0));
    long accepted = rows.stream().filter(r -> r.endsWith(",true")).count();
    assertTrue(soap.err().startsWith("SOAP: "), soap.err());
    assertTrue(soap.err().contains(String.format(java.util.Locale.ROOT, "; %,d positions filled", accepted)), soap.err());
    assertTrue(soap.err().contains("  round 1: "), soap.err());

    Run bad = match("soap", "--market", market.toString(), "--result", result.toString(), "--rounds", "0");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("SOAP needs at least 1 round, not 0"), bad.err());
  }

  /** Entries of the supplemental list in an explanation's JSON (after its "supplemental" key). */
  private static int supplementalEntries(String json) {
    int at = json.indexOf("\"supplemental\" :");
    return at < 0 ? 0 : json.substring(at).split("\"place\"", -1).length - 1;
  }

  @Test
  void runWritesTheResultToStandardOutputWithoutOutput() {
    Path market = generate();
    Run run = match("run", "--market", market.toString(), "--algorithm", "applicant-proposing");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\"format\" : \"result/1\""), run.out());
    assertTrue(run.err().startsWith("applicant-proposing: STABLE in "), run.err());
  }

  @Test
  void checkFindsATamperedResultUnstable() throws Exception {
    Path market = generate();
    Path result = dir.resolve("result.json");
    assertEquals(0, match("run", "--market", market.toString(), "--output", result.toString()).code());
    ResultDocument good = ResultJsonReader.read(result);
    ResultDocument leftOut = new ResultDocument(good.algorithm(), good.status(),
        good.assignments().subList(1, good.assignments().size()), good.unmatched(), List.of(),
        good.blocking(), good.statistics());
    try (OutputStream out = Files.newOutputStream(result)) {
      ResultJsonWriter.write(leftOut, out);
    }
    Run rejected = match("check", "--market", market.toString(), "--result", result.toString());
    assertEquals(2, rejected.code(), "an applicant left out is a broken result, not a stable one");
    assertTrue(rejected.err().contains("$.unmatched: 1 applicant of the market appears neither in assignments nor in"
        + " unmatched: \"" + good.assignments().get(0).applicant() + "\""), rejected.err());

    List<String> unmatched = new java.util.ArrayList<>(good.unmatched());
    unmatched.add(good.assignments().get(0).applicant());
    ResultDocument tampered = new ResultDocument(good.algorithm(), good.status(),
        good.assignments().subList(1, good.assignments().size()), unmatched, List.of(),
        good.blocking(), good.statistics());
    try (OutputStream out = Files.newOutputStream(result)) {
      ResultJsonWriter.write(tampered, out);
    }
    Run check = match("check", "--market", market.toString(), "--result", result.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.out().contains("SINGLE: " + good.assignments().get(0).applicant()), check.out());
    assertTrue(check.err().startsWith("not stable: "), check.err());
  }

  @Test
  void userMistakesGiveOneClearMessageAndExitCode2() throws Exception {
    Run missing = match("run", "--market", dir.resolve("nope.json").toString());
    assertEquals(2, missing.code());
    assertEquals("match: cannot read " + dir.resolve("nope.json") + ": no such file\n", missing.err());

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"market/1\", \"programs\": [{\"id\": \"P\", \"positions\": -3}], \"applicants\": []}");
    Run invalid = match("run", "--market", bad.toString());
    assertEquals(2, invalid.code());
    assertTrue(invalid.err().startsWith("match: " + bad + ": $.programs[0].positions: program \"P\" has negative positions"),
        invalid.err());
    assertFalse(invalid.err().contains("\tat "), "no stack trace");

    Path couples = generate("--couples", "0.1");
    Run refused = match("run", "--market", couples.toString(), "--algorithm", "applicant-proposing");
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("use the Roth–Peranson algorithm"), refused.err());

    Run usage = match("run", "--market", couples.toString(), "--algorithm", "magic");
    assertEquals(2, usage.code());
    assertTrue(usage.err().contains("unknown algorithm 'magic'"), usage.err());
  }

  @Test
  void anOutputThatCannotBeWrittenLeavesNoPartialFile() throws Exception {
    Path market = generate();
    Path target = dir.resolve("no-such-folder").resolve("result.json");
    Run run = match("run", "--market", market.toString(), "--output", target.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("match: cannot write " + target), run.err());
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")));
    }
  }

  @Test
  void convertToCsvAndBackGivesTheSameMarketAndTheSameMatch() throws Exception {
    Path market = generate("--couples", "0.04", "--advanced", "0.07", "--preliminary", "0.15", "--reversions", "0.05");
    Path folder = dir.resolve("market-csv");
    assertEquals(0, match("convert", "--from", market.toString(), "--to", folder.toString()).code());
    assertTrue(Files.exists(folder.resolve("programs.csv")));
    Path back = dir.resolve("back.json");
    assertEquals(0, match("convert", "--from", folder.toString(), "--to", back.toString()).code());
    assertArrayEquals(Files.readAllBytes(market), Files.readAllBytes(back));
    Run fromJson = match("run", "--market", market.toString());
    Run fromCsv = match("run", "--market", folder.toString());
    assertEquals(fromJson.out(), fromCsv.out());
  }

  @Test
  void theStableMatchingSuiteFormatsGoInAndOut() throws Exception {
    Path market = generate("--couples", "0.1");
    Path sms = dir.resolve("instance.txt");
    assertEquals(0, match("convert", "--from", market.toString(), "--to", sms.toString()).code());
    assertTrue(Files.readString(sms).startsWith("r "), "residents first");
    Path matching = dir.resolve("matching.txt");
    Run run = match("run", "--market", sms.toString(), "--format", "sms", "--output", matching.toString());
    assertTrue(Files.readString(matching).startsWith("# roth-peranson: STABLE\nm 1\n"), run.err());
    Run check = match("check", "--market", sms.toString(), "--result", matching.toString());
    assertEquals(run.code(), check.code(), check.err());
    Run csv = match("run", "--market", sms.toString(), "--format", "csv");
    assertTrue(csv.out().startsWith("applicant,group,program,rank,pgy1_program,pgy1_rank"), csv.out());
    assertEquals(301, csv.out().lines().count(), "a header and a row per applicant");
    Run bad = match("run", "--market", sms.toString(), "--format", "xml");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--format takes json, csv or sms, not 'xml'"), bad.err());
    Path advanced = generate("--advanced", "0.2", "--preliminary", "0.2");
    Run refused = match("convert", "--from", advanced.toString(), "--to", dir.resolve("x.sms").toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("cannot hold this market"), refused.err());
  }

  @Test
  void helpAndVersion() {
    Run version = match("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("match (MatchSim) "), version.out());
    Run help = match("run", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--market=PATH"), help.out());
    Run top = match("--help");
    assertTrue(top.out().contains("Exit codes:"), top.out());
  }
}
