package io.github.matchsim.market;

import java.util.Objects;

/**
 * A reversion of a donor program: up to {@code positions} of the positions that the donor leaves
 * unfilled move to the receiver program {@code to}.
 *
 * <p>Only null is rejected here; the {@link Market} checks the receiver, the number and cycles,
 * together with every other problem of the market.
 *
 * @param to the receiver program's id
 * @param positions the most positions that move to the receiver
 */
public record Reversion(String to, int positions) {
  public Reversion {
    Objects.requireNonNull(to, "to");
  }
}
