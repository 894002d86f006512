package io.github.matchsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.matchsim.algorithm.MatchResult;
import io.github.matchsim.algorithm.MatchStatus;
import io.github.matchsim.algorithm.RothPeransonMatching;
import io.github.matchsim.generate.MarketGenerator;
import io.github.matchsim.engine.IntMarket;
import io.github.matchsim.market.Market;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmsFormatTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** Instances and matchings survive writing and reading. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) throws Exception {
    Market market = MarketGenerator.builder().applicants(2 + (int) (seed * 17 % 300)).coupleShare(0.1)
        .programRankShare(0.8).build().generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SmsFormat.writeMarket(market, out);
    Market read = SmsFormat.readMarket(new ByteArrayInputStream(out.toByteArray()), "instance.txt");
    assertEquals(market, read);

    IntMarket compiled = IntMarket.of(read);
    MatchResult result = new RothPeransonMatching().match(compiled);
    ByteArrayOutputStream matching = new ByteArrayOutputStream();
    SmsFormat.writeMatching(result, matching);
    SmsFormat.SmsMatching back = SmsFormat.readMatching(new ByteArrayInputStream(matching.toByteArray()), "matching.txt");
    assertEquals(result.status() == MatchStatus.STABLE, back.found(), "m 1 only for a stable result");
    assertEquals(result.matching(), back.toMatching(compiled));
  }

  @Test
  void readsTheSuitesInstanceFormatWithCouplesAndNoMatchSides() throws Exception {
    String text = "r 1 10 11\nr 2 11\nc 100 3 4 10 11 -1 11\np 10 1 3 1\np 11 2 2 4 1\n";
    Market market = SmsFormat.readMarket(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "i.txt");
    assertEquals(4, market.applicants().size());
    assertEquals("(no match, 11)", market.couples().get(0).rankOrderList().get(1).toString());
    assertEquals(2, market.programs().get(1).positions());
  }
}
