package io.github.matchsim.simulator;

import io.github.matchsim.cli.CommandPlugin;

/** Brings {@code match simulate} to the command line when the simulator is on the class path. */
public final class SimulatorPlugin implements CommandPlugin {

  /** Found by {@link java.util.ServiceLoader}. */
  public SimulatorPlugin() {}

  @Override
  public Object command() {
    return new SimulateCommand();
  }
}
