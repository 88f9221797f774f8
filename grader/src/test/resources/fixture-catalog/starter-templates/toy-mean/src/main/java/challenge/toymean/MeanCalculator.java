package challenge.toymean;

/** Computes means. */
public interface MeanCalculator {
  /** The arithmetic mean; IllegalArgumentException when {@code xs} is empty. */
  double mean(double[] xs);
}
