package mlgrader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mlgrader.catalog.ChallengeSpec.GroupSpec;
import mlgrader.catalog.ChallengeSpec.MutantSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChallengeSpecTest {

  private static final List<GroupSpec> GROUPS =
      List.of(new GroupSpec("Golden", "Golden values", 60), new GroupSpec("EdgeCases", null, 40));

  @Test
  void aValidSpecGetsDefaultsForWhatItLeavesOut() {
    ChallengeSpec spec = spec("toy-mean", "challenge.toymean", GROUPS, null);
    assertEquals("challenge/toymean", spec.packagePath());
    assertEquals(ChallengeSpec.Limits.DEFAULT, spec.limits());
    assertEquals(List.of(), spec.policy().deny());
    assertEquals(List.of(), spec.mutants());
    assertEquals(
        "EdgeCases", spec.group("EdgeCases").title(), "a group's title defaults to its name");
  }

  @Test
  void weightsThatDoNotSumToOneHundredAreRefusedWithTheirSum() {
    List<GroupSpec> groups =
        List.of(new GroupSpec("Golden", "g", 50), new GroupSpec("EdgeCases", "e", 40));
    assertMessage(
        "group weights must sum to 100, not 90.0",
        () -> spec("toy-mean", "challenge.toymean", groups, null));
  }

  @Test
  void aBadIdIsRefused() {
    for (String id : List.of("Toy-Mean", "toy_mean", "-toy", "toy--mean", "")) {
      assertMessage(
          "id must be lower-case words joined by dashes",
          () -> spec(id, "challenge.toymean", GROUPS, null));
    }
  }

  @Test
  void aPackageOutsideChallengeIsRefused() {
    for (String pkg :
        List.of("com.example.toymean", "challenge", "challenge.ToyMean", "challenge.toy-mean")) {
      assertMessage(
          "package must look like challenge.<name>", () -> spec("toy-mean", pkg, GROUPS, null));
    }
  }

  @Test
  void aMutantNamingAnUnknownGroupIsRefused() {
    List<MutantSpec> mutants =
        List.of(new MutantSpec("M1", "off by one", List.of("Golden", "Robustness")));
    assertMessage(
        "mutant M1 names unknown group Robustness",
        () -> spec("toy-mean", "challenge.toymean", GROUPS, mutants));
  }

  @Test
  void duplicateGroupsAndMutantsAreRefused() {
    List<GroupSpec> twice =
        List.of(new GroupSpec("Golden", "a", 50), new GroupSpec("Golden", "b", 50));
    assertMessage(
        "duplicate group Golden", () -> spec("toy-mean", "challenge.toymean", twice, null));
    List<MutantSpec> mutants =
        List.of(
            new MutantSpec("M1", "a", List.of("Golden")),
            new MutantSpec("M1", "b", List.of("EdgeCases")));
    assertMessage(
        "duplicate mutant M1", () -> spec("toy-mean", "challenge.toymean", GROUPS, mutants));
  }

  @Test
  void groupNamesMustBeJavaClassNamesAndWeightsPositive() {
    assertMessage(
        "group name must be a Java class name: edge", () -> new GroupSpec("edge", null, 40));
    assertMessage("group weight must be in (0, 100]: 0.0", () -> new GroupSpec("Edge", null, 0));
  }

  private static ChallengeSpec spec(
      String id, String pkg, List<GroupSpec> groups, List<MutantSpec> mutants) {
    return new ChallengeSpec(
        id,
        "Toy mean",
        2,
        List.of("S2.1"),
        1,
        pkg,
        List.of("MeanCalculatorImpl.java"),
        groups,
        null,
        null,
        mutants);
  }

  private static void assertMessage(String expected, Executable construction) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }
}
