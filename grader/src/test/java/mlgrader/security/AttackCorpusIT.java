package mlgrader.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mlgrader.cli.Environment;
import mlgrader.cli.Main;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.reporting.JsonReportWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The adversarial corpus: every attack in {@code src/test/resources/attacks/<name>/} (with its expected outcome in
 * {@code expected.properties}) plus generated input attacks (zip-slip, zip bomb, links, non-UTF-8, odd names) is
 * graded in one {@code grade-all} run; each must end exactly as expected, within its limits, leaving no process
 * behind and writing nothing outside the sandbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackCorpusIT {

  private static final Path CATALOG = Path.of("src/test/resources/fixture-catalog").toAbsolutePath();
  private static final Path ATTACKS = Path.of("src/test/resources/attacks").toAbsolutePath();
  private static final Path PWNED = Path.of("/tmp/mlgrader-pwned");

  private Path dir;

  private Path out;
  private final List<Expectation> expectations = new ArrayList<>();
  private long childrenBefore;
  private long runMillis;
  private String log;

  /** What one attack must come to. */
  record Expectation(String name, String outcome, double percent, String evidence) {}

  @BeforeAll
  void gradeTheWholeCorpus() throws Exception {
    dir = Files.createTempDirectory("mlgrader-attacks");
    Path cohort = dir.resolve("cohort");
    try (Stream<Path> attacks = Files.list(ATTACKS)) {
      for (Path attack : attacks.sorted().toList()) {
        copy(attack, cohort.resolve(attack.getFileName().toString()));
        Properties p = new Properties();
        try (var in = Files.newInputStream(attack.resolve("expected.properties"))) {
          p.load(in);
        }
        expectations.add(new Expectation(attack.getFileName().toString(), p.getProperty("outcome"),
            Double.parseDouble(p.getProperty("percent")), p.getProperty("evidence", "")));
      }
    }
    generateInputAttacks(cohort);
    out = dir.resolve("out");
    childrenBefore = countChildren();
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    long start = System.nanoTime();
    int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr),
        new Environment(Map.of(), Path.of("").toAbsolutePath(), Clock.systemUTC(), false),
        "grade-all", cohort.toString(), "-c", "toy-mean", "--catalog", CATALOG.toString(), "--out-dir", out.toString(), "--jobs", "2");
    runMillis = (System.nanoTime() - start) / 1_000_000;
    log = stdout + "\n" + stderr;
    assertEquals(0, code, log);
  }

  @AfterAll
  void removeTheCohort() throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  void theCorpusHasAtLeastThirtyAttacks() {
    assertTrue(expectations.size() >= 30, "only " + expectations.size() + " attacks");
  }

  @TestFactory
  Stream<DynamicTest> everyAttackEndsExactlyAsExpected() {
    return expectations.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      Path file = out.resolve("candidates").resolve(e.name()).resolve("report.json");
      assertTrue(Files.isRegularFile(file), "no report for " + e.name() + "\n" + log);
      String json = Files.readString(file);
      Report report = JsonReportWriter.read(new StringReader(json));
      ChallengeResult result = report.results().get(0);
      assertEquals(e.outcome(), result.outcome().name(), e.name() + ": " + json);
      assertEquals(e.percent(), result.percent(), 1e-9, e.name() + " must score exactly its honest score: " + json);
      assertTrue(json.contains(e.evidence()), e.name() + ": the report must say '" + e.evidence() + "':\n" + json);
      assertTrue(result.durationMillis() < 60_000, e.name() + " overran the run limit: " + result.durationMillis() + " ms");
      for (var t : result.tests()) {
        assertTrue(t.output() == null || t.output().length() <= 16 * 1024 + 64, e.name() + ": captured output not capped");
      }
    }));
  }

  @Test
  void noTestJvmOutlivesTheRun() throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (countChildren() > childrenBefore && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(childrenBefore, countChildren(), "a child JVM outlived grade-all");
  }

  @Test
  void nothingWasWrittenOutsideTheSandbox() {
    assertFalse(Files.exists(PWNED), PWNED + " was written by a submission");
    assertFalse(Files.exists(dir.resolve("evil")), "zip-slip escaped its folder");
    assertFalse(Files.exists(Path.of("/tmp/x/MeanCalculatorImpl.java")), "an absolute zip path was written");
  }

  @Test
  void theWholeCorpusFinishesWithinItsBudget() {
    assertTrue(runMillis < 240_000, "the corpus took " + runMillis + " ms");
  }

  private void generateInputAttacks(Path cohort) throws Exception {
    String source = Files.readString(CATALOG.resolve("challenges/toy-mean/reference/MeanCalculatorImpl.java"));
    zip(cohort.resolve("zip-slip.zip"), Map.of("../../evil/MeanCalculatorImpl.java", source.getBytes(StandardCharsets.UTF_8)));
    expect("zip-slip", "leaves its folder");
    zip(cohort.resolve("zip-absolute-path.zip"), Map.of("/tmp/x/MeanCalculatorImpl.java", source.getBytes(StandardCharsets.UTF_8)));
    expect("zip-absolute-path", "absolute path");
    zip(cohort.resolve("zip-bomb.zip"), Map.of("MeanCalculatorImpl.java", new byte[64 << 20]));
    expect("zip-bomb", "is larger than");
    Map<String, byte[]> many = new java.util.TreeMap<>();
    for (int i = 0; i < 2100; i++) {
      many.put("f" + i + ".txt", new byte[0]);
    }
    zip(cohort.resolve("zip-too-many-files.zip"), many);
    expect("zip-too-many-files", "more than 2000 entries");
    zip(cohort.resolve("zip-garbage.zip"), Map.of());
    Files.write(cohort.resolve("zip-garbage.zip"), new byte[] {0x50, 0x4b, 3, 4, 9, 9, 9});
    expect("zip-garbage", "zip");
    Path latin = Files.createDirectories(cohort.resolve("not-utf8"));
    Files.write(latin.resolve("MeanCalculatorImpl.java"), ("// caf\u00e9\n" + source).getBytes(StandardCharsets.ISO_8859_1));
    expect("not-utf8", "is not valid UTF-8");
    Path link = Files.createDirectories(cohort.resolve("link-out-of-tree"));
    Files.createSymbolicLink(link.resolve("MeanCalculatorImpl.java"), Path.of("/etc/passwd"));
    expect("link-out-of-tree", "is a link");
    Path odd = Files.createDirectories(cohort.resolve("odd-file-name"));
    Files.writeString(odd.resolve("Mean\nCalculatorImpl.java"), source);
    expect("odd-file-name", "not a valid Java file name");
    Path huge = Files.createDirectories(cohort.resolve("huge-source"));
    Files.writeString(huge.resolve("MeanCalculatorImpl.java"), source + "//" + "x".repeat(2 << 20));
    expect("huge-source", "is larger than");
  }

  private void expect(String name, String evidence) {
    expectations.add(new Expectation(name, "INVALID_SUBMISSION", 0, evidence));
  }

  private static void zip(Path target, Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    Files.write(target, bytes.toByteArray());
  }

  /** Test JVMs this JVM started (directly or through bubblewrap) that are still alive. */
  private static long countChildren() {
    return ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains("mlgrader.execution.child.ChildMain")).orElse(false))
        .count();
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
