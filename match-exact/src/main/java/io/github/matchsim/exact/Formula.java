package io.github.matchsim.exact;

import java.time.Duration;

/**
 * A Boolean formula being built for one solver: variables, clauses and "at most k of these"
 * constraints, then solved once. The stability encoding writes to this, so that it is written once
 * whatever the solver.
 *
 * <p>Variables are positive ints from 1; a literal is a variable or its negation.
 */
interface Formula {
  /** A new variable. */
  int newVariable();

  /** The disjunction of the literals must hold. */
  void clause(int... literals);

  /** At most {@code k} of the variables may be true. */
  void atMost(int[] variables, int k);

  /** Solves within the time limit, preferring (where the solver can) the values of {@code hint}. */
  Outcome solve(Duration timeLimit, Hint hint);

  /** The number of variables made. */
  int variables();

  /** Values the search should try first: a variable's preferred truth, or none. */
  interface Hint {
    /** {@code +1} to try the variable true first, {@code -1} false, {@code 0} no preference. */
    int preferred(int variable);

    /** No preference anywhere. */
    Hint NONE = variable -> 0;
  }

  /** The end of a search: satisfiable with a model, unsatisfiable, or out of time. */
  record Outcome(Result result, boolean[] model) {
    enum Result {
      SATISFIABLE, UNSATISFIABLE, UNKNOWN
    }

    /** Whether the variable is true in the model. */
    boolean isTrue(int variable) {
      return model[variable];
    }
  }
}
