package mlgrader.cohort;

/** Hears how a cohort run advances (a progress bar, plain lines, or nothing). */
public interface ProgressSink {

  /** The run starts: {@code total} candidates, {@code alreadyDone} of them finished earlier. */
  void started(int total, int alreadyDone);

  /** One more candidate is graded. */
  void graded(String candidate, double percent);

  /** The run is over. */
  void finished();
}
