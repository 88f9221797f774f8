package mlgrader.validation;

import java.util.List;
import java.util.Objects;
import mlgrader.report.ChallengeResult;
import mlgrader.report.TestResult;

/** Compares two gradings of the same submission, ignoring only what is allowed to vary: timings. */
final class Determinism {

  private Determinism() {}

  static boolean sameVerdicts(ChallengeResult a, ChallengeResult b) {
    if (a.outcome() != b.outcome() || a.score() != b.score() || !a.groups().equals(b.groups())
        || a.tests().size() != b.tests().size()) {
      return false;
    }
    List<TestResult> x = a.tests();
    List<TestResult> y = b.tests();
    for (int i = 0; i < x.size(); i++) {
      TestResult s = x.get(i);
      TestResult t = y.get(i);
      if (!s.id().equals(t.id()) || s.status() != t.status() || s.points() != t.points()
          || !Objects.equals(s.message(), t.message())) {
        return false;
      }
    }
    return true;
  }
}
