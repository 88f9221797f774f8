package mlgrader.cli;

import java.io.PrintWriter;
import java.util.Locale;
import mlgrader.cohort.ProgressSink;

/** Cohort progress as one plain line per candidate, for logs and CI where there is no terminal. */
final class ProgressLines implements ProgressSink {

  private final PrintWriter out;
  private int total;
  private int done;

  ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void started(int total, int alreadyDone) {
    this.total = total;
    this.done = alreadyDone;
    out.printf(Locale.ROOT, "grading %d submissions (%d already done)%n", total, alreadyDone);
    out.flush();
  }

  @Override
  public synchronized void graded(String candidate, double percent) {
    done++;
    out.printf(Locale.ROOT, "[%d/%d] %s %.1f %%%n", done, total, candidate, percent);
    out.flush();
  }

  @Override
  public synchronized void finished() {
    out.flush();
  }
}
