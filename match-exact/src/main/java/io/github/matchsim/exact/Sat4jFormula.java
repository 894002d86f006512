package io.github.matchsim.exact;

import java.time.Duration;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.minisat.core.IOrder;
import org.sat4j.minisat.core.IPhaseSelectionStrategy;
import org.sat4j.minisat.core.Solver;
import org.sat4j.minisat.orders.VarOrderHeap;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/** A {@link Formula} solved by Sat4j's default CDCL solver (pure Java, deterministic). */
final class Sat4jFormula implements Formula {
  private final ISolver solver = SolverFactory.newDefault();
  /** Set when a clause contradicts the ones before it: the formula is unsatisfiable as built. */
  private boolean refuted;

  @Override
  public int newVariable() {
    return solver.nextFreeVarId(true);
  }

  @Override
  public void clause(int... literals) {
    if (refuted) {
      return;
    }
    try {
      solver.addClause(new VecInt(literals));
    } catch (ContradictionException e) {
      refuted = true;
    }
  }

  @Override
  public void atMost(int[] variables, int k) {
    if (refuted) {
      return;
    }
    try {
      solver.addAtMost(new VecInt(variables), k);
    } catch (ContradictionException e) {
      refuted = true;
    }
  }

  @Override
  public int variables() {
    return solver.nVars();
  }

  @Override
  public Outcome solve(Duration timeLimit, Hint hint) {
    if (refuted) {
      return new Outcome(Outcome.Result.UNSATISFIABLE, null);
    }
    solver.setTimeoutMs(Math.max(1, timeLimit.toMillis()));
    IOrder order = ((Solver<?>) solver).getOrder();
    if (order instanceof VarOrderHeap heap) {
      heap.setPhaseSelectionStrategy(new HintedPhases(hint));
    }
    try {
      if (!solver.isSatisfiable()) {
        return new Outcome(Outcome.Result.UNSATISFIABLE, null);
      }
    } catch (TimeoutException e) {
      return new Outcome(Outcome.Result.UNKNOWN, null);
    }
    boolean[] model = new boolean[solver.nVars() + 1];
    for (int literal : solver.model()) {
      if (literal > 0) {
        model[literal] = true;
      }
    }
    return new Outcome(Outcome.Result.SATISFIABLE, model);
  }

  /**
   * Phase saving (a variable is next tried with the value it last had, as in Sat4j's default), but
   * starting from the hint instead of "false" everywhere. Sat4j sets a strategy's phases up again
   * when a search starts, so the hint has to live in the strategy rather than be set on the solver.
   */
  private static final class HintedPhases implements IPhaseSelectionStrategy {
    private static final long serialVersionUID = 1L;
    private final transient Hint hint;
    private int[] phase = new int[0];

    HintedPhases(Hint hint) {
      this.hint = hint;
    }

    @Override
    public void init(int length) {
      phase = new int[length];
      for (int variable = 1; variable < length; variable++) {
        init(variable, LiteralsUtils.negLit(variable));
      }
    }

    @Override
    public void init(int variable, int literal) {
      int preferred = hint.preferred(variable);
      phase[variable] = preferred > 0 ? LiteralsUtils.posLit(variable)
          : preferred < 0 ? LiteralsUtils.negLit(variable) : literal;
    }

    @Override
    public void assignLiteral(int literal) {
      phase[LiteralsUtils.var(literal)] = literal;
    }

    @Override
    public int select(int variable) {
      return phase[variable];
    }

    @Override
    public void updateVar(int literal) {}

    @Override
    public void updateVarAtDecisionLevel(int literal) {}
  }
}
