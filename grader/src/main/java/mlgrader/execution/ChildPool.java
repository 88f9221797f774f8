package mlgrader.execution;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a few children started and warming ahead of demand, for grading many submissions in one parent.
 *
 * <p>Every child is still single-use: {@link #next} hands one out and starts its replacement at once, so the
 * next submission finds a warm JVM without ever sharing one with the previous submission.
 */
public final class ChildPool implements ChildSource, AutoCloseable {

  private final TestRunner runner;
  private final int size;
  private final Map<String, Deque<PendingChild>> ready = new HashMap<>();
  private boolean closed;

  /** A pool keeping up to {@code size} warm children for each heap size and library set it is asked for. */
  public ChildPool(TestRunner runner, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be at least 1");
    }
    this.runner = runner;
    this.size = size;
  }

  @Override
  public synchronized PendingChild next(int heapMegabytes, List<String> libraryJars) throws IOException {
    if (closed) {
      throw new IllegalStateException("the child pool is closed");
    }
    Deque<PendingChild> queue = ready.computeIfAbsent(heapMegabytes + "|" + libraryJars, k -> new ArrayDeque<>());
    PendingChild child = queue.isEmpty() ? runner.prestart(heapMegabytes, libraryJars) : queue.poll();
    while (queue.size() < size) {
      queue.add(runner.prestart(heapMegabytes, libraryJars));
    }
    return child;
  }

  @Override
  public boolean warmAhead() {
    return true;
  }

  /** Kills every child no submission took. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    List<PendingChild> all = new ArrayList<>();
    ready.values().forEach(all::addAll);
    ready.clear();
    for (PendingChild c : all) {
      c.close();
    }
  }
}
