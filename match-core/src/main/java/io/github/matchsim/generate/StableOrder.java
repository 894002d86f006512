package io.github.matchsim.generate;

/**
 * The order of a {@code double[]} by decreasing value, ties kept in index order: the order a
 * stable sort of the indices by {@code Double.compare(key[y], key[x])} gives, without boxing the
 * indices. A merge sort over ints, with insertion sort for short runs; {@code O(n log n)}.
 *
 * <p>Why not {@code Arrays.sort(Integer[], comparator)}: generating a national market sorts
 * about 60,000 short lists and 6,000 long ones, and the boxed sort was an eighth of the time.
 */
final class StableOrder {
  private static final int INSERTION = 24;

  private StableOrder() {}

  /** The indices of {@code key} by decreasing value, ties by increasing index. */
  static int[] byDecreasing(double[] key) {
    int n = key.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (n > INSERTION) {
      mergeSort(order, new int[n], 0, n, key);
    } else {
      insertionSort(order, 0, n, key);
    }
    return order;
  }

  /** Whether index x goes strictly before index y. */
  private static boolean before(int x, int y, double[] key) {
    return Double.compare(key[x], key[y]) > 0;
  }

  private static void insertionSort(int[] a, int from, int to, double[] key) {
    for (int i = from + 1; i < to; i++) {
      int item = a[i];
      int j = i - 1;
      while (j >= from && before(item, a[j], key)) { // strictly: equal keys keep their order
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = item;
    }
  }

  private static void mergeSort(int[] a, int[] scratch, int from, int to, double[] key) {
    if (to - from <= INSERTION) {
      insertionSort(a, from, to, key);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, scratch, from, mid, key);
    mergeSort(a, scratch, mid, to, key);
    if (!before(a[mid], a[mid - 1], key)) {
      return; // already in order
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      // take from the right run only when strictly before: ties stay in index order
      if (j < to && (i >= mid || before(scratch[j], scratch[i], key))) {
        a[k] = scratch[j++];
      } else {
        a[k] = scratch[i++];
      }
    }
  }
}
