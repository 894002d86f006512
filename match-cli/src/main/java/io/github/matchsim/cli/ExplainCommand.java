package io.github.matchsim.cli;

import io.github.matchsim.io.ExplanationJsonWriter;
import io.github.matchsim.market.CompiledMarket;
import io.github.matchsim.matching.Explanation;
import io.github.matchsim.matching.Matching;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code match explain}: why one applicant matched where it did, entry by entry. */
@Command(name = "explain", mixinStandardHelpOptions = true, header = "Explain one applicant's result, entry by entry.",
    description = {"For each program on the applicant's list, in order (for a couple, each pair; then the supplemental",
        "list used), says what happened: not ranked back, filled with applicants the program ranked higher",
        "(and the rank of the last one it took), matched there, or not needed below the match.",
        "Text on standard output, or JSON (explanation/1) with --json. Exit code 0, or 2 on bad input."})
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Mixin
  MarketAndResult inputs;

  @Option(names = "--applicant", required = true, paramLabel = "ID", description = "The applicant to explain.")
  String applicant;

  @Option(names = "--json", description = "Write JSON (explanation/1) instead of sentences.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws UserError {
    PrintWriter err = spec.commandLine().getErr();
    Explanation explanation;
    try (Progress progress = Progress.start(err, "reading " + inputs.market)) {
      Matching matching = inputs.read(err, progress);
      CompiledMarket compiled = matching.market();
      if (compiled.market().applicant(applicant).isEmpty()) {
        String near = Suggestions.closest(applicant,
            compiled.market().applicants().stream().map(io.github.matchsim.market.Applicant::id).toList())
            .map(id -> "; did you mean " + id + "?").orElse("");
        throw new UserError(inputs.market + ": no applicant \"" + applicant + "\" in this market" + near);
      }
      explanation = Explanation.of(matching, applicant);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        ExplanationJsonWriter.write(explanation, bytes);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write JSON to memory", e);
      }
      out.print(bytes.toString(StandardCharsets.UTF_8));
      out.println();
    } else {
      explanation.lines().forEach(out::println);
    }
    out.flush();
    return 0;
  }
}
