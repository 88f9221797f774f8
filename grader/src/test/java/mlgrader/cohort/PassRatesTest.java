package mlgrader.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mlgrader.report.Report;
import org.junit.jupiter.api.Test;

class PassRatesTest {

  private static Map<String, PassRates.TestRow> rows(List<Report> reports) {
    List<PassRates.TestTable> tables = PassRates.tests(reports, List.of("toy"));
    assertEquals(1, tables.size());
    return tables.get(0).rows().stream().collect(Collectors.toMap(PassRates.TestRow::name, Function.identity()));
  }

  @Test
  void aHiddenTestNobodyPassesAndOneEverybodyPassesAreFlagged() {
    Map<String, PassRates.TestRow> rows = rows(List.of(CohortFixtures.graded("a", true), CohortFixtures.graded("b", false),
        CohortFixtures.graded("c", true), CohortFixtures.notCompiling("d")));
    assertTrue(rows.get("broken").flag().startsWith("nobody passes"), rows.get("broken").toString());
    assertTrue(rows.get("easy").flag().startsWith("everybody passes"), rows.get("easy").toString());
    assertNull(rows.get("real").flag());
    assertEquals("66.7 %", rows.get("real").rate());
    assertEquals(2, rows.get("real").passed());
    assertEquals(3, rows.get("real").ran(), "a submission that did not compile ran no test");
    assertNull(rows.get("sample").flag(), "public tests are meant to be passed");
    assertEquals("Public", rows.get("sample").group());
  }

  @Test
  void hiddenTestsComeFirst() {
    List<PassRates.TestRow> rows = PassRates.tests(List.of(CohortFixtures.graded("a", true)), List.of("toy")).get(0).rows();
    assertEquals(List.of("broken", "easy", "real", "sample"), rows.stream().map(PassRates.TestRow::name).toList());
  }

  @Test
  void fewerThanThreeGradedSubmissionsRaiseNoFlag() {
    Map<String, PassRates.TestRow> rows = rows(List.of(CohortFixtures.graded("a", true), CohortFixtures.graded("b", true),
        CohortFixtures.notCompiling("c"), CohortFixtures.notCompiling("d")));
    assertTrue(rows.values().stream().allMatch(r -> r.flag() == null), rows.toString());
  }

  @Test
  void theChallengeRowCountsOutcomesAndScoresOnlyTheGraded() {
    PassRates.ChallengeRow row = PassRates.challenges(List.of(CohortFixtures.graded("a", true), CohortFixtures.graded("b", false),
        CohortFixtures.notCompiling("c")), List.of("toy")).get(0);
    assertEquals(3, row.submitted());
    assertEquals(2, row.graded());
    assertEquals("50.0 %", row.mean());
    assertEquals("50.0 %", row.median());
    assertEquals(0, row.fullMarks());
    assertEquals("1 does not compile", row.outcomes());
    assertEquals("Toy challenge", row.title());
  }
}
