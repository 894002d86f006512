package io.github.matchsim.algorithm;

/**
 * The kinds of work on Roth–Peranson's applicant stack: a single, couple or supplemental list to
 * propose down from where it stands, or one to re-activate (propose again from the top of its list
 * while keeping what it holds).
 *
 * <p>An item on the stack is one int, {@code id * KINDS + kind}, so that the stack stays a plain
 * int array (no object per item in the hottest loop); {@link #item} and {@link #of} are the only
 * places that know the packing.
 */
enum Work {
  PROPOSE_SINGLE,
  PROPOSE_COUPLE,
  PROPOSE_SUPPLEMENTAL,
  REACTIVATE_SINGLE,
  REACTIVATE_COUPLE,
  REACTIVATE_SUPPLEMENTAL;

  private static final Work[] KINDS = values();
  /** A power of two above the number of kinds. */
  private static final int SLOTS = 8;

  /** The item for this work on applicant, couple or list {@code id}. */
  int item(int id) {
    return id * SLOTS + ordinal();
  }

  /** The kind of work of an item. */
  static Work of(int item) {
    return KINDS[item % SLOTS];
  }

  /** The applicant, couple or list of an item. */
  static int id(int item) {
    return item / SLOTS;
  }
}
