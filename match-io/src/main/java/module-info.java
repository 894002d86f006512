/**
 * MatchSim's file formats: markets and results in JSON, the CSV folder layout and the Stable
 * Matching Suite's text formats, every problem reported with its file and place.
 */
module io.github.matchsim.io {
  requires transitive io.github.matchsim.core;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;

  exports io.github.matchsim.io;
}
