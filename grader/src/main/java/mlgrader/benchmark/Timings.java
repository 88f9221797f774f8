package mlgrader.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of repeated runs of one command, in milliseconds. */
public final class Timings {

  private final String name;
  private final List<Long> millis = new ArrayList<>();

  public Timings(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public void add(long elapsedMillis) {
    millis.add(elapsedMillis);
  }

  /** The median (the mean of the two middle values for an even count). */
  public double median() {
    if (millis.isEmpty()) {
      throw new IllegalStateException("no runs of " + name);
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  public long min() {
    return Collections.min(millis);
  }

  public long max() {
    return Collections.max(millis);
  }

  public int runs() {
    return millis.size();
  }
}
