package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.stability.StabilityChecker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResultJsonTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** Roth–Peranson results, stable or not, survive writing and reading, and check the same way. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) throws Exception {
    IntMarket market = IntMarket.of(MarketGenerator.builder().applicants(20 + (int) (seed * 13 % 400))
        .coupleShare(seed % 3 == 0 ? 0.3 : 0.05).programTypeShares(0.1, 0.2).reversionShare(0.2)
        .group("US_MD", 1).build().generate(seed));
    MatchResult result = new RothPeransonMatching().match(market);
    ResultDocument document = ResultDocument.of(result);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultJsonWriter.write(document, out);
    ResultDocument read = ResultJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "result.json");
    assertEquals(document, read);
    // Positions derived from the market's reversions are the ones the algorithm ended with.
    assertEquals(result.matching(), read.toMatching(market, "result.json"));
    assertEquals(result.status() == MatchStatus.STABLE, StabilityChecker.isStable(read.toMatching(market, "result.json")));
  }
}
