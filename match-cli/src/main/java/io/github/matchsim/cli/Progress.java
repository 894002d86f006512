package io.github.matchsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A line on standard error that says what a long command is doing, redrawn in place; drawn only
 * when standard error is a terminal (never into a file or a pipe), and only once a step has taken
 * a second, so that quick commands print nothing.
 */
public final class Progress implements AutoCloseable {
  private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "match-progress");
    thread.setDaemon(true);
    return thread;
  });
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

  /** Whether progress is drawn: the command line turns it on when standard error is a terminal. */
  static volatile boolean enabled;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private volatile String step;
  private volatile String detail = "";
  private volatile boolean drawn;
  private final ScheduledFuture<?> ticking;

  private Progress(PrintWriter err, String step) {
    this.err = err;
    this.step = step;
    this.ticking = enabled ? TICKS.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS) : null;
  }

  /** Starts showing {@code step} (such as "reading market.json"). */
  public static Progress start(PrintWriter err, String step) {
    return new Progress(err, step);
  }

  /** Moves on to the next step. */
  public void step(String next) {
    step = next;
    detail = "";
  }

  /** A detail after the step, such as "12 of 20". */
  public void detail(String text) {
    detail = text;
  }

  private synchronized void draw() {
    long elapsed = System.nanoTime() - start;
    if (elapsed < SHOW_AFTER_NANOS) {
      return;
    }
    err.printf(Locale.ROOT, "\r\033[K%s %s (%.0f s)", step, detail, elapsed / 1e9);
    err.flush();
    drawn = true;
  }

  /** Clears the line, so that what follows starts on a clean one. */
  @Override
  public synchronized void close() {
    if (ticking != null) {
      ticking.cancel(false);
    }
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** Whether standard error is a terminal: its descriptor links to a terminal device (Linux), else the console test. */
  static boolean stderrIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
