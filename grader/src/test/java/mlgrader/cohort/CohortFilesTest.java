package mlgrader.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.JavaSources;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.similarity.SimilarPair;
import mlgrader.similarity.SimilarityFinder;
import mlgrader.similarity.SimilarityJson;
import mlgrader.similarity.SimilarityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cohort-level files written from an output folder, without grading anything. */
class CohortFilesTest {

  static final Path SIMILARITY = Path.of("src/test/resources/similarity").toAbsolutePath();
  static final String HOSTILE = "</td></tr></table><script>alert('x')</script><img src=x onerror=alert(1)>";

  static List<SourceFile> sources(String fixture) throws IOException {
    return JavaSources.readTree(SIMILARITY.resolve(fixture));
  }

  /**
   * An output folder of four candidates: ann and ben (a renamed copy of ann's answer), dan (an independent answer)
   * and eve, who did not compile and left markup in her source. Only ann has an HTML report.
   */
  static CohortLayout folder(Path root) throws IOException {
    CohortLayout layout = new CohortLayout(root, List.of(), Audience.REVIEWER);
    layout.writeBaseCode(SourceSnapshot.of(Map.of("toy", sources("stub"))));
    layout.writeCandidate("ann", CohortFixtures.graded("ann", true), SourceSnapshot.of(Map.of("toy", sources("original"))));
    layout.writeCandidate("ben", CohortFixtures.graded("ben", true), SourceSnapshot.of(Map.of("toy", sources("renamed"))));
    layout.writeCandidate("dan", CohortFixtures.graded("dan", false), SourceSnapshot.of(Map.of("toy", sources("independent"))));
    String eve = sources("original").get(0).content().replace("/** Standardises each column to mean 0 and standard deviation 1. */",
        "/** " + HOSTILE + " */");
    layout.writeCandidate("eve", CohortFixtures.notCompiling("eve"),
        SourceSnapshot.of(Map.of("toy", List.of(new SourceFile("challenge/scaler/ZScoreScalerImpl.java", eve)))));
    Files.writeString(layout.candidateDir("ann").resolve("report.html"), "<!DOCTYPE html><title>ann</title>");
    return layout;
  }

  @Test
  void writesTheTableThePageAndTheSimilarityOfEveryone(@TempDir Path dir) throws Exception {
    CohortLayout layout = folder(dir);
    CohortFiles.Written written = CohortFiles.write(layout, new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD));
    assertEquals(List.of("ann", "ben", "dan", "eve"), written.reports().stream().map(r -> r.submission().label()).toList());
    assertEquals(5, Files.readAllLines(layout.file(CohortLayout.CSV)).size());
    SimilarityReport similarity = SimilarityJson.read(new StringReader(Files.readString(layout.file(CohortLayout.SIMILARITY))));
    assertEquals(written.similarity(), similarity);
    List<String> pairs = similarity.challenges().get(0).pairs().stream().map(p -> p.first() + "~" + p.second()).toList();
    assertTrue(pairs.contains("ann~ben") && pairs.contains("ann~eve") && pairs.contains("ben~eve"), pairs.toString());
    assertFalse(pairs.stream().anyMatch(p -> p.contains("dan")), "the independent answer is not flagged: " + pairs);
    assertTrue(similarity.challenges().get(0).baseCode());
    assertTrue(Files.isRegularFile(layout.file(CohortLayout.HTML)));
  }

  @Test
  void thePageEscapesCandidateSourceAndHighlightsMatchedLines(@TempDir Path dir) throws Exception {
    CohortLayout layout = folder(dir);
    CohortFiles.write(layout, new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD));
    String html = Files.readString(layout.file(CohortLayout.HTML));
    assertFalse(html.contains("<script>") || html.contains("<img"), "candidate markup reached the page");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the source is shown as text");
    assertTrue(html.contains("id=\"pair-toy-ann-ben\""), "the side-by-side view of ann and ben");
    assertTrue(html.contains("<tr class=\"m0\"><td class=\"ln\">"), "matched lines are highlighted");
    assertTrue(html.contains("href=\"candidates/ann/report.html\""), "ann's report is linked");
    assertFalse(html.contains("candidates/ben/report.html"), "ben has no HTML report to link to");
    assertTrue(html.contains("nobody passes") && html.contains("everybody passes"), "test flags are shown");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is loaded from elsewhere");
    assertTrue(html.contains("Content-Security-Policy"));
  }

  @Test
  void withTheCheckOffThereIsNoSimilarityFileAndThePageSaysSo(@TempDir Path dir) throws Exception {
    CohortLayout layout = folder(dir);
    CohortFiles.write(layout, new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD));
    assertTrue(Files.exists(layout.file(CohortLayout.SIMILARITY)));
    CohortFiles.Written written = CohortFiles.write(layout, null);
    assertEquals(null, written.similarity());
    assertFalse(Files.exists(layout.file(CohortLayout.SIMILARITY)), "a stale similarity.json is removed");
    assertTrue(Files.readString(layout.file(CohortLayout.HTML)).contains("--no-similarity"));
  }

  @Test
  void aCandidateGradedBeforeSourcesWereKeptIsLeftOutOfTheComparison(@TempDir Path dir) throws Exception {
    CohortLayout layout = folder(dir);
    Files.delete(layout.candidateDir("ben").resolve(CohortLayout.SOURCES));
    SimilarityReport similarity = CohortFiles.write(layout, new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD)).similarity();
    assertTrue(similarity.challenges().get(0).excluded().stream().anyMatch(e -> e.candidate().equals("ben")));
    assertFalse(similarity.challenges().get(0).pairs().stream().map(SimilarPair::second).anyMatch("ben"::equals));
  }

  @Test
  void sourcesRoundTripThroughTheFolder(@TempDir Path dir) throws Exception {
    CohortLayout layout = folder(dir);
    assertEquals(sources("renamed"), layout.readSources("ben").filesOf("toy"));
    assertEquals(List.of(), layout.readSources("nobody").filesOf("toy"));
    assertEquals(sources("stub"), layout.readBaseCode().filesOf("toy"));
    Report ann = layout.readAll().get(0);
    assertEquals("ann", ann.submission().label());
  }
}
