package io.github.matchsim.exact;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Formula} solved by OR-Tools CP-SAT (native), with one search worker so that it is deterministic. */
final class CpSatFormula implements Formula {
  static {
    Loader.loadNativeLibraries();
  }

  private final CpModel model = new CpModel();
  private final List<BoolVar> variables = new ArrayList<>(List.of(model.newBoolVar("unused")));
  private final int workers;

  CpSatFormula(int workers) {
    this.workers = workers;
  }

  @Override
  public int newVariable() {
    variables.add(model.newBoolVar("v" + variables.size()));
    return variables.size() - 1;
  }

  private Literal literal(int literal) {
    BoolVar variable = variables.get(Math.abs(literal));
    return literal > 0 ? variable : variable.not();
  }

  @Override
  public void clause(int... literals) {
    Literal[] or = new Literal[literals.length];
    for (int i = 0; i < literals.length; i++) {
      or[i] = literal(literals[i]);
    }
    model.addBoolOr(or);
  }

  @Override
  public void atMost(int[] vars, int k) {
    BoolVar[] terms = new BoolVar[vars.length];
    for (int i = 0; i < vars.length; i++) {
      terms[i] = variables.get(vars[i]);
    }
    if (k == 1) {
      model.addAtMostOne(terms);
    } else {
      model.addLessOrEqual(LinearExpr.sum(terms), k);
    }
  }

  @Override
  public int variables() {
    return variables.size() - 1;
  }

  @Override
  public Outcome solve(Duration timeLimit, Hint hint) {
    for (int v = 1; v < variables.size(); v++) {
      int preferred = hint.preferred(v);
      if (preferred != 0) {
        model.addHint(variables.get(v), preferred > 0 ? 1 : 0);
      }
    }
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers);
    CpSolverStatus status = solver.solve(model);
    if (status == CpSolverStatus.INFEASIBLE) {
      return new Outcome(Outcome.Result.UNSATISFIABLE, null);
    }
    if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
      return new Outcome(Outcome.Result.UNKNOWN, null);
    }
    boolean[] values = new boolean[variables.size()];
    for (int v = 1; v < variables.size(); v++) {
      values[v] = solver.booleanValue(variables.get(v));
    }
    return new Outcome(Outcome.Result.SATISFIABLE, values);
  }
}
