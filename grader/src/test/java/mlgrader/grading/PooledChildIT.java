package mlgrader.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mlgrader.catalog.CatalogLoader;
import mlgrader.execution.ChildPool;
import mlgrader.execution.ChildSource;
import mlgrader.execution.PendingChild;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Outcome;
import mlgrader.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A child from a pool of warm ones is taken only when the tests are about to run, so a rejected submission costs no
 * child; a child started on demand is asked for at once, so its start-up overlaps the compilation.
 */
class PooledChildIT {

  private static final Path FIXTURE = Path.of("src/test/resources/fixture-catalog").toAbsolutePath();
  private static final Path SUBMISSIONS = Path.of("src/test/resources/submissions/toy-mean").toAbsolutePath();

  private static Engine engine;
  private static PreparedChallenge toy;
  private static ChildPool pool;

  /** Counts the children asked for. */
  private static final class Counting implements ChildSource {
    final boolean ahead;
    int asked;

    Counting(boolean ahead) {
      this.ahead = ahead;
    }

    @Override
    public PendingChild next(int heapMegabytes, List<String> libraryJars) throws IOException {
      asked++;
      return pool.next(heapMegabytes, libraryJars);
    }

    @Override
    public boolean warmAhead() {
      return ahead;
    }
  }

  @BeforeAll
  static void prepare() throws Exception {
    engine = new Engine(CatalogLoader.load(FIXTURE), Sandbox.detect(), Clock.systemUTC());
    toy = engine.prepare(engine.catalog().require("toy-mean"));
    pool = engine.childPool(1);
  }

  @AfterAll
  static void close() throws Exception {
    pool.close();
  }

  private static ChallengeResult grade(String submission, ChildSource children) throws Exception {
    return engine.grade(toy, engine.read(toy, SUBMISSIONS.resolve(submission)), GradingMode.FULL, children);
  }

  @Test
  void aRejectedSubmissionTakesNoWarmChild() throws Exception {
    Counting warm = new Counting(true);
    assertEquals(Outcome.COMPILATION_FAILED, grade("syntax-error", warm).outcome());
    assertEquals(Outcome.POLICY_VIOLATION, grade("calls-system-exit", warm).outcome());
    assertEquals(0, warm.asked);
  }

  @Test
  void aSubmissionWhoseTestsRunTakesExactlyOneWarmChild() throws Exception {
    Counting warm = new Counting(true);
    ChallengeResult r = grade("correct-with-helper", warm);
    assertEquals(Outcome.GRADED, r.outcome());
    assertEquals(100, r.percent(), 1e-9);
    assertEquals(1, warm.asked);
  }

  @Test
  void aChildStartedOnDemandIsAskedForBeforeCompiling() throws Exception {
    Counting onDemand = new Counting(false);
    assertEquals(Outcome.COMPILATION_FAILED, grade("syntax-error", onDemand).outcome());
    assertEquals(1, onDemand.asked);
  }
}
