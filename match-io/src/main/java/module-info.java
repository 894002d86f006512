/**
 * MatchSim's file formats: markets and results in JSON, the CSV folder layout and the Stable
 * Matching Suite's text formats, every problem reported with its file and place.
 *
 * <p>Each market reader has two ways through a file. The quick way reads a well-formed file in
 * blocks straight into the compiled form's tables, each id interned once and no string kept per
 * list entry; anything it does not take (an unusual encoding, quoting or layout, or a market that
 * breaks a rule) goes the careful way, with Jackson, FastCSV or line by line, which reports every
 * problem with its place. Both ways give equal markets, which the readers' tests check.
 */
module io.github.matchsim.io {
  requires transitive io.github.matchsim.core;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;

  exports io.github.matchsim.io;
}
