package mlgrader.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mlgrader.catalog.JavaSources;
import mlgrader.catalog.SourceFile;
import org.junit.jupiter.api.Test;

/** JPlag used as a library on a made-up challenge (see {@code src/test/resources/similarity/README.md}). */
class SimilarityFinderTest {

  private static final Path FIXTURES = Path.of("src/test/resources/similarity").toAbsolutePath();
  private static final SimilarityFinder FINDER = new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD);

  private static List<SourceFile> sources(String name) throws IOException {
    return JavaSources.readTree(FIXTURES.resolve(name));
  }

  private static CandidateSources candidate(String id, String fixture) throws IOException {
    return new CandidateSources(id, sources(fixture));
  }

  private static ChallengeSimilarity compare(SimilarityFinder finder, CandidateSources... candidates) throws IOException {
    return finder.compare("scaler", sources("stub"), List.of(candidates));
  }

  private static SimilarPair pair(ChallengeSimilarity result, String first, String second) {
    return result.pairs().stream().filter(p -> p.first().equals(first) && p.second().equals(second)).findFirst().orElse(null);
  }

  @Test
  void aRenamedAndReformattedCopyIsFlaggedAsIdentical() throws Exception {
    ChallengeSimilarity result = compare(FINDER, candidate("ann", "original"), candidate("ben", "renamed"));
    SimilarPair p = pair(result, "ann", "ben");
    assertTrue(p != null, "the renamed copy is not flagged: " + result);
    assertTrue(p.similarity() >= 95, "a renamed copy scores " + p.similarity());
    assertTrue(result.baseCode(), "the stub was used as base code");
  }

  @Test
  void aCopyWithAFewStatementsRewrittenIsStillFlagged() throws Exception {
    SimilarPair p = pair(compare(FINDER, candidate("ann", "original"), candidate("cat", "edited")), "ann", "cat");
    assertTrue(p != null && p.similarity() >= 75, "an edited copy: " + p);
  }

  @Test
  void independentSolutionsAreNotFlaggedAndScoreFarBelowACopy() throws Exception {
    SimilarityFinder everything = new SimilarityFinder(0);
    ChallengeSimilarity result = compare(everything, candidate("ann", "original"), candidate("ben", "renamed"), candidate("dan", "independent"));
    double copy = pair(result, "ann", "ben").similarity();
    double independent = pair(result, "ann", "dan").similarity();
    assertTrue(independent < SimilarityFinder.DEFAULT_THRESHOLD, "independent solutions score " + independent);
    assertTrue(copy - independent >= 40, "copy " + copy + " vs independent " + independent);
    assertEquals(List.of("ann~ben"), compare(FINDER, candidate("ann", "original"), candidate("dan", "independent"), candidate("ben", "renamed"))
        .pairs().stream().map(p -> p.first() + "~" + p.second()).toList(), "only the copy is flagged at the default threshold");
  }

  @Test
  void codeSharedWithTheStarterStubDoesNotCount() throws Exception {
    // Two answers that keep the whole stub and add one different line each: alike only in what the stub gave them.
    String stub = sources("stub").get(0).content();
    CandidateSources a = new CandidateSources("a", List.of(new SourceFile("challenge/scaler/ZScoreScalerImpl.java",
        stub.replace("public ZScoreScalerImpl() {}", "public ZScoreScalerImpl() { int[] counts = new int[3]; counts[0] = counts.length; }"))));
    CandidateSources b = new CandidateSources("b", List.of(new SourceFile("challenge/scaler/ZScoreScalerImpl.java",
        stub.replace("public ZScoreScalerImpl() {}", "public ZScoreScalerImpl() { String s = \"x\".repeat(2); System.out.print(s); }"))));
    SimilarityFinder everything = new SimilarityFinder(0);
    double withBase = pair(everything.compare("scaler", sources("stub"), List.of(a, b)), "a", "b").similarity();
    double withoutBase = pair(everything.compare("scaler", List.of(), List.of(a, b)), "a", "b").similarity();
    assertTrue(withoutBase >= SimilarityFinder.DEFAULT_THRESHOLD, "without base code the shared stub would flag them: " + withoutBase);
    assertTrue(withBase <= 20, "with the stub as base code they share nothing of their own: " + withBase);
  }

  @Test
  void matchedRegionsAreLineRangesInTheCandidatesOwnFiles() throws Exception {
    SimilarPair p = pair(compare(FINDER, candidate("ann", "original"), candidate("ben", "renamed")), "ann", "ben");
    assertFalse(p.regions().isEmpty());
    int original = Files.readAllLines(FIXTURES.resolve("original/challenge/scaler/ZScoreScalerImpl.java")).size();
    int renamed = Files.readAllLines(FIXTURES.resolve("renamed/challenge/scaler/ZScoreScalerImpl.java")).size();
    for (MatchedRegion r : p.regions()) {
      assertEquals("challenge/scaler/ZScoreScalerImpl.java", r.firstFile());
      assertEquals("challenge/scaler/ZScoreScalerImpl.java", r.secondFile());
      assertTrue(r.firstEndLine() <= original && r.secondEndLine() <= renamed, r.toString());
    }
    // The body of fit(): lines 12-43 in the original, 14-45 in the renamed copy, is covered by the regions.
    assertTrue(p.regions().stream().anyMatch(r -> r.firstStartLine() <= 20 && r.firstEndLine() >= 35), p.regions().toString());
    assertTrue(p.regions().stream().anyMatch(r -> r.secondStartLine() <= 22 && r.secondEndLine() >= 37), p.regions().toString());
    assertEquals(p.matchedTokens(), p.regions().stream().mapToInt(MatchedRegion::tokens).sum());
  }

  @Test
  void pairsNameTheirCandidatesInOrderWhateverOrderTheyCameIn() throws Exception {
    ChallengeSimilarity result = compare(FINDER, candidate("zoe", "renamed"), candidate("adam", "original"));
    assertEquals(1, result.pairs().size());
    assertEquals("adam", result.pairs().get(0).first());
    assertEquals("zoe", result.pairs().get(0).second());
    assertTrue(result.pairs().get(0).regions().stream().allMatch(r -> r.firstStartLine() < 20 || r.firstEndLine() <= 70));
  }

  @Test
  void theUntouchedStubMissingSourcesAndSyntaxErrorsAreLeftOutWithAReason() throws Exception {
    CandidateSources broken = new CandidateSources("broken", List.of(new SourceFile("challenge/scaler/ZScoreScalerImpl.java",
        "package challenge.scaler; public class ZScoreScalerImpl { void fit( { }")));
    ChallengeSimilarity result = compare(FINDER, candidate("ann", "original"), candidate("ben", "renamed"), candidate("stubby", "stub"),
        new CandidateSources("nobody", List.of()), broken);
    assertEquals(2, result.compared());
    assertEquals(1, result.pairsCompared());
    assertEquals(Set.of("broken", "nobody", "stubby"), result.excluded().stream().map(ExcludedCandidate::candidate).collect(Collectors.toSet()));
    assertTrue(result.excluded().stream().anyMatch(e -> e.candidate().equals("stubby") && e.reason().contains("stub")), result.excluded().toString());
    assertEquals(1, result.pairs().size());
    assertNull(result.note());
  }

  @Test
  void fewerThanTwoSubmissionsGiveANoteAndNoPairs() throws Exception {
    ChallengeSimilarity result = compare(FINDER, candidate("ann", "original"), candidate("stubby", "stub"));
    assertEquals(List.of(), result.pairs());
    assertTrue(result.note().contains("fewer than two"), result.note());
    assertEquals(0, result.distribution().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void theDistributionCountsEveryPairOnce() throws Exception {
    ChallengeSimilarity result = compare(FINDER, candidate("a", "original"), candidate("b", "renamed"), candidate("c", "edited"),
        candidate("d", "independent"));
    assertEquals(6, result.pairsCompared());
    assertEquals(6, result.distribution().stream().mapToInt(Integer::intValue).sum());
    assertTrue(result.distribution().get(9) >= 1, "the renamed copy is in the top tenth: " + result.distribution());
    assertTrue(result.distribution().subList(0, 6).stream().mapToInt(Integer::intValue).sum() >= 3,
        "the independent solution's three pairs are in the lower tenths: " + result.distribution());
  }

  @Test
  void theTemporaryFolderIsRemoved() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> before = scratchFolders(tmp);
    compare(FINDER, candidate("ann", "original"), candidate("ben", "renamed"));
    assertEquals(before, scratchFolders(tmp));
  }

  @Test
  void aSourcePathThatLeavesItsFolderIsRefused() throws Exception {
    CandidateSources evil = new CandidateSources("evil", List.of(new SourceFile("../../escape/X.java", "class X { int a; int b; int c; }")));
    assertThrows(IOException.class, () -> compare(FINDER, candidate("ann", "original"), evil));
  }

  @Test
  void candidateIdsMustBePlainNamesAndTheThresholdAPercentage() {
    assertThrows(IllegalArgumentException.class, () -> new CandidateSources("../x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new CandidateSources("..", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new SimilarityFinder(101));
    assertThrows(IllegalArgumentException.class, () -> new SimilarityFinder(Double.NaN));
  }

  @Test
  void theJsonFileRoundTrips() throws Exception {
    ChallengeSimilarity result = compare(FINDER, candidate("ann", "original"), candidate("ben", "renamed"));
    SimilarityReport report = new SimilarityReport(SimilarityReport.SCHEMA_VERSION, SimilarityFinder.TOOL, "average", 60, 9, List.of(result));
    StringWriter json = new StringWriter();
    SimilarityJson.write(report, json);
    assertEquals(report, SimilarityJson.read(new StringReader(json.toString())));
    assertTrue(json.toString().contains("\"firstStartLine\""), json.toString());
    assertThrows(IOException.class, () -> SimilarityJson.read(new StringReader(json.toString().replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 9"))));
  }

  private static Set<Path> scratchFolders(Path tmp) throws IOException {
    try (var list = Files.list(tmp)) {
      return list.filter(p -> p.getFileName().toString().startsWith("mlgrader-similarity")).collect(Collectors.toSet());
    }
  }
}
