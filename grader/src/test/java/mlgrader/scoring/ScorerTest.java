package mlgrader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.catalog.ChallengeSpec.GroupSpec;
import mlgrader.execution.InvocationOutcome;
import mlgrader.report.GroupResult;
import mlgrader.report.TestResult;
import mlgrader.report.TestStatus;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final ChallengeSpec SPEC =
      new ChallengeSpec(
          "demo",
          "Demo",
          1,
          List.of(),
          1,
          "challenge.demo",
          List.of("ModelImpl.java"),
          List.of(
              new GroupSpec("Golden", "Golden values", 60),
              new GroupSpec("Edge", "Edge cases", 40)),
          null,
          null,
          null);

  private static final String T = "challenge.demo.hidden.DemoHiddenTest$";
  private static final ExpectedTest HEAVY = hidden("Golden", "heavy()", 3);
  private static final ExpectedTest LIGHT = hidden("Golden", "light()", 1);
  private static final ExpectedTest PARAM = hidden("Edge", "param(int)", 1);
  private static final ExpectedTest EMPTY = hidden("Edge", "empty()", 1);
  private static final ExpectedTest PUBLIC =
      new ExpectedTest(
          "challenge.demo.ModelPublicTest#works()",
          "works",
          ExpectedTest.PUBLIC_GROUP,
          Visibility.PUBLIC,
          1,
          0);
  private static final List<ExpectedTest> ALL = List.of(HEAVY, LIGHT, PARAM, EMPTY, PUBLIC);

  @Test
  void aGroupsWeightIsSharedInProportionToPoints() {
    Scorer.Score score = Scorer.score(SPEC, ALL, passing(ALL));
    assertEquals(60.0 * 3 / 4, result(score, HEAVY).maxPoints(), 1e-12);
    assertEquals(60.0 * 1 / 4, result(score, LIGHT).maxPoints(), 1e-12);
    assertEquals(40.0 / 2, result(score, PARAM).maxPoints(), 1e-12);
    assertEquals(40.0 / 2, result(score, EMPTY).maxPoints(), 1e-12);
    assertEquals(100.0, score.total(), 1e-9);
    assertEquals(100.0, score.max(), 1e-9);
  }

  @Test
  void aFailedTestEarnsNothingAndItsGroupOnlyWhatPassed() {
    List<InvocationOutcome> outcomes =
        new ArrayList<>(passing(List.of(LIGHT, PARAM, EMPTY, PUBLIC)));
    outcomes.add(outcome(HEAVY, 1, TestStatus.FAILED, "expected 2.5"));
    Scorer.Score score = Scorer.score(SPEC, ALL, outcomes);
    assertEquals(0, result(score, HEAVY).points());
    assertEquals(TestStatus.FAILED, result(score, HEAVY).status());
    assertEquals("expected 2.5", result(score, HEAVY).message());
    GroupResult golden = group(score, "Golden");
    assertEquals(15.0, golden.score(), 1e-12);
    assertEquals(1, golden.passed());
    assertEquals(2, golden.total());
    assertEquals(55.0, score.total(), 1e-9);
  }

  @Test
  void aParameterizedTestEarnsOnlyIfEveryInvocationPasses() {
    List<InvocationOutcome> outcomes = new ArrayList<>(passing(List.of(HEAVY, LIGHT, EMPTY)));
    outcomes.add(outcome(PARAM, 1, TestStatus.PASSED, null));
    outcomes.add(outcome(PARAM, 2, TestStatus.FAILED, "n = 2"));
    outcomes.add(outcome(PARAM, 3, TestStatus.PASSED, null));
    Scorer.Score score = Scorer.score(SPEC, ALL, outcomes);
    TestResult param = result(score, PARAM);
    assertEquals(0, param.points());
    assertEquals(TestStatus.FAILED, param.status());
    assertEquals("1 of 3 invocations failed; first: n = 2", param.message());
    assertEquals(80.0, score.total(), 1e-9);
  }

  @Test
  void aParameterizedTestWhoseInvocationsAllPassEarnsItsShareOnce() {
    List<InvocationOutcome> outcomes = new ArrayList<>(passing(List.of(HEAVY, LIGHT, EMPTY)));
    for (int i = 1; i <= 3; i++) {
      outcomes.add(outcome(PARAM, i, TestStatus.PASSED, null));
    }
    Scorer.Score score = Scorer.score(SPEC, ALL, outcomes);
    assertEquals(20.0, result(score, PARAM).points(), 1e-12);
    assertEquals(30, result(score, PARAM).durationMillis(), "durations of the invocations add up");
    assertEquals(100.0, score.total(), 1e-9);
  }

  @Test
  void aTestWithNoReportedResultScoresZeroAndIsNotRun() {
    Scorer.Score score = Scorer.score(SPEC, ALL, passing(List.of(HEAVY, LIGHT, PARAM)));
    TestResult empty = result(score, EMPTY);
    assertEquals(TestStatus.NOT_RUN, empty.status());
    assertEquals(0, empty.points());
    assertEquals(20.0, empty.maxPoints(), 1e-12);
    assertEquals(80.0, score.total(), 1e-9);
    assertEquals(100.0, score.max(), 1e-9);
  }

  @Test
  void aResultForAKeyThatIsNotExpectedEarnsNothing() {
    List<InvocationOutcome> outcomes =
        List.of(
            new InvocationOutcome(
                "u", T + "Golden#forged()", TestStatus.PASSED, 1, null, null, null));
    Scorer.Score score = Scorer.score(SPEC, ALL, outcomes);
    assertEquals(0, score.total());
    assertEquals(ALL.size(), score.tests().size());
  }

  @Test
  void publicTestsCarryNoPoints() {
    Scorer.Score score = Scorer.score(SPEC, ALL, passing(ALL));
    TestResult pub = result(score, PUBLIC);
    assertEquals(TestStatus.PASSED, pub.status());
    assertEquals(0, pub.points());
    assertEquals(0, pub.maxPoints());
    assertEquals(
        4,
        score.groups().stream().mapToInt(GroupResult::total).sum(),
        "public tests belong to no group");
  }

  @Test
  void theTotalIsTheSumOfTheGroupScores() {
    List<InvocationOutcome> outcomes = new ArrayList<>(passing(List.of(LIGHT, EMPTY)));
    outcomes.add(outcome(HEAVY, 1, TestStatus.TIMED_OUT, null));
    Scorer.Score score = Scorer.score(SPEC, ALL, outcomes);
    double sum = score.groups().stream().mapToDouble(GroupResult::score).sum();
    double byTest = score.tests().stream().mapToDouble(TestResult::points).sum();
    assertEquals(sum, score.total(), 1e-12);
    assertEquals(byTest, score.total(), 1e-12);
    assertEquals(35.0, score.total(), 1e-9);
  }

  @Test
  void testsAreOrderedPublicFirstThenByGroupOrderThenKey() {
    List<String> ids =
        Scorer.score(SPEC, List.of(EMPTY, PARAM, PUBLIC, LIGHT, HEAVY), List.of()).tests().stream()
            .map(TestResult::id)
            .toList();
    assertEquals(List.of(PUBLIC.key(), HEAVY.key(), LIGHT.key(), EMPTY.key(), PARAM.key()), ids);
  }

  @Test
  void aGroupWithoutTestsIsWorthNothing() {
    Scorer.Score score = Scorer.score(SPEC, List.of(HEAVY, LIGHT), passing(List.of(HEAVY, LIGHT)));
    assertEquals(0, group(score, "Edge").weight());
    assertEquals(60.0, score.max(), 1e-9);
    assertTrue(score.total() <= score.max());
  }

  private static ExpectedTest hidden(String group, String method, int points) {
    return new ExpectedTest(T + group + "#" + method, method, group, Visibility.HIDDEN, points, 0);
  }

  private static List<InvocationOutcome> passing(List<ExpectedTest> tests) {
    return tests.stream().map(t -> outcome(t, 1, TestStatus.PASSED, null)).toList();
  }

  private static InvocationOutcome outcome(
      ExpectedTest t, int invocation, TestStatus status, String message) {
    return new InvocationOutcome(
        t.key() + "/#" + invocation, t.key(), status, 10, message, null, null);
  }

  private static TestResult result(Scorer.Score score, ExpectedTest t) {
    return score.tests().stream().filter(r -> r.id().equals(t.key())).findFirst().orElseThrow();
  }

  private static GroupResult group(Scorer.Score score, String name) {
    return score.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }
}
