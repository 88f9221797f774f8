package mlgrader.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.similarity.SimilarityFinder;
import mlgrader.testing.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort page in a real headless Chromium: it renders with no console message (no script ran, nothing was
 * blocked), a candidate's markup stays text, and a screenshot is kept in {@code target/screenshots/cohort.png} for a
 * person to look at. Skipped where Chromium is not installed.
 */
class CohortHtmlChromiumIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  Path scratch;

  private HeadlessChromium chromium;

  @BeforeEach
  void findChromium() {
    chromium = HeadlessChromium.find(scratch).orElse(null);
    Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium); the cohort page's browser checks are skipped");
  }

  @Test
  void theCohortPageRendersCleanlyAndCandidateMarkupStaysText() throws Exception {
    Path out = Files.createDirectories(SCREENSHOTS.resolve("cohort")).toAbsolutePath();
    CohortFiles.write(CohortFilesTest.folder(out), new SimilarityFinder(SimilarityFinder.DEFAULT_THRESHOLD));
    Path page = out.resolve(CohortLayout.HTML);

    HeadlessChromium.PageLoad dom = chromium.dumpDom(page);
    assertEquals(List.of(), dom.consoleMessages(), "a console message means a script ran or a request was blocked");
    assertFalse(dom.stdout().contains("<script") || dom.stdout().contains("<img"), "candidate markup became an element");
    assertTrue(dom.stdout().contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "candidate markup is shown as text");
    assertTrue(dom.stdout().contains("Score distribution") && dom.stdout().contains("ann ↔ ben"), "the page did not render");

    Path png = SCREENSHOTS.resolve("cohort.png");
    assertEquals(List.of(), chromium.screenshot(page, png, 1400, 1800).consoleMessages());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 20_000, "screenshot of only " + bytes.length + " bytes");
    assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
  }
}
