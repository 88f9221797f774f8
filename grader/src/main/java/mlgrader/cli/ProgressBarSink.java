package mlgrader.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import mlgrader.cohort.ProgressSink;

/** Cohort progress as a live progress bar on a terminal. */
final class ProgressBarSink implements ProgressSink {

  private final PrintStream terminal;
  private ProgressBar bar;

  ProgressBarSink(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public synchronized void started(int total, int alreadyDone) {
    bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax(total).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(terminal)).setUnit(" submissions", 1).build();
    bar.stepTo(alreadyDone);
  }

  @Override
  public synchronized void graded(String candidate, double percent) {
    bar.step();
    bar.setExtraMessage(candidate);
  }

  @Override
  public synchronized void finished() {
    if (bar != null) {
      bar.close();
    }
  }
}
