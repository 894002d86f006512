package io.github.matchsim.market;

import io.github.matchsim.engine.IntMarket;

/**
 * A {@link Market} compiled once into the dense form the algorithms and the stability checker run
 * on, as an opaque handle: compile a market once ({@link Market#compile()}) and give the handle to
 * as many algorithms as you like, from any number of threads.
 *
 * <p>The layout behind the handle is the library's own business and may change in any release;
 * this interface says only what it was compiled from and how much memory it holds. Only the
 * library implements it.
 */
public sealed interface CompiledMarket permits IntMarket {

  /** The market this was compiled from. */
  Market market();

  /**
   * The bytes the compiled form holds, counting 16 bytes of header per array (a 64-bit JVM with
   * compressed pointers) and nothing of the source {@link #market()}.
   */
  long sizeInBytes();
}
