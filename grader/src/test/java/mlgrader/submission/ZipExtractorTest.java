package mlgrader.submission;

import static mlgrader.submission.ZipFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipExtractorTest {

  private static final SubmissionLimits SMALL = new SubmissionLimits(4, 1000, 2000, 3);

  @TempDir Path root;

  private Path target;

  @BeforeEach
  void makeTarget() throws IOException {
    target = Files.createDirectories(root.resolve("work/target"));
  }

  @Test
  void extractsFilesAndFoldersWithTheirContent() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("repo/", new byte[0]);
    entries.put("repo/src/A.java", utf8("class A {}"));
    entries.put("repo/README.md", utf8("hello"));
    Path zip = ZipFixture.write(root.resolve("in/sub.zip"), entries);
    new ZipExtractor(SMALL).extract(zip, target);
    assertEquals(
        List.of("repo", "repo/README.md", "repo/src", "repo/src/A.java"), ZipFixture.tree(target));
    assertArrayEquals(utf8("class A {}"), Files.readAllBytes(target.resolve("repo/src/A.java")));
  }

  @Test
  void refusesAnEntryThatClimbsOutOfTheTarget() throws Exception {
    for (String name : List.of("../evil.txt", "ok/../../evil.txt", "..\\evil.txt")) {
      SubmissionException e = refused(Map.of(name, utf8("pwned")));
      assertTrue(
          e.getMessage().startsWith("the zip holds a path that leaves its folder: "),
          e.getMessage());
    }
  }

  @Test
  void refusesAbsolutePaths() throws Exception {
    for (String name : List.of("/etc/x", "\\etc\\x", "C:/Windows/x")) {
      SubmissionException e = refused(Map.of(name, utf8("pwned")));
      assertTrue(e.getMessage().startsWith("the zip holds an absolute path: "), e.getMessage());
    }
  }

  @Test
  void refusesTooManyEntries() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      entries.put("F" + i + ".java", utf8("class F" + i + " {}"));
    }
    assertEquals("the zip has more than 4 entries", refused(entries).getMessage());
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    SubmissionException e = refused(Map.of("Big.java", new byte[1001]));
    assertEquals("Big.java is larger than 1000 bytes", e.getMessage());
  }

  @Test
  void refusesFoldersNestedDeeperThanTheLimit() throws Exception {
    SubmissionException e = refused(Map.of("a/b/c/D.java", utf8("class D {}")));
    assertEquals("the zip nests folders deeper than 3 levels", e.getMessage());
  }

  @Test
  void stopsAZipBombAtTheTotalLimitWhileInflating() throws Exception {
    long total = 256 * 1024;
    SubmissionLimits limits = new SubmissionLimits(10, 64L << 20, total, 5);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.bin", new byte[4 << 20]);
    entries.put("b.bin", new byte[4 << 20]);
    Path zip = ZipFixture.write(root.resolve("in/bomb.zip"), entries);
    assertTrue(Files.size(zip) < 64 * 1024, "not a bomb: " + Files.size(zip) + " bytes");
    SubmissionException e =
        assertThrows(
            SubmissionException.class, () -> new ZipExtractor(limits).extract(zip, target));
    assertEquals("the zip unpacks to more than the allowed total size", e.getMessage());
    long written;
    try (Stream<Path> files = Files.walk(target)) {
      written = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    assertTrue(written <= total, "wrote " + written + " bytes past a limit of " + total);
    assertEquals(
        List.of("in", "in/bomb.zip", "work", "work/target", "work/target/a.bin"),
        ZipFixture.tree(root));
  }

  @Test
  void aFileThatIsNotAZipIsReportedAsSuch() throws Exception {
    Path notZip = root.resolve("in/notes.zip");
    Files.createDirectories(notZip.getParent());
    Files.writeString(notZip, "just some text, not an archive");
    SubmissionException e =
        assertThrows(
            SubmissionException.class, () -> new ZipExtractor(SMALL).extract(notZip, target));
    assertEquals("notes.zip is not a zip archive, or it is empty", e.getMessage());
    assertEquals(List.of(), ZipFixture.tree(target));
  }

  @Test
  void anEmptyZipIsReportedAsSuch() throws Exception {
    Path zip = ZipFixture.write(root.resolve("in/empty.zip"), Map.of());
    SubmissionException e =
        assertThrows(SubmissionException.class, () -> new ZipExtractor(SMALL).extract(zip, target));
    assertTrue(e.getMessage().startsWith("empty.zip is not a zip archive"), e.getMessage());
  }

  @Test
  void controlCharactersInARefusedNameAreNotEchoed() throws Exception {
    SubmissionException e = refused(Map.of("../\u001b[2Jevil", utf8("x")));
    assertTrue(e.getMessage().endsWith("../?[2Jevil"), e.getMessage());
  }

  /**
   * Extracts a zip of {@code entries} that must be refused, and checks nothing landed outside the
   * target.
   */
  private SubmissionException refused(Map<String, byte[]> entries) throws IOException {
    Path zip = ZipFixture.write(root.resolve("in/sub.zip"), entries);
    SubmissionException e =
        assertThrows(SubmissionException.class, () -> new ZipExtractor(SMALL).extract(zip, target));
    List<String> outside =
        ZipFixture.tree(root).stream()
            .filter(
                p ->
                    !p.equals("in")
                        && !p.equals("in/sub.zip")
                        && !p.equals("work")
                        && !p.startsWith("work/target"))
            .toList();
    assertEquals(List.of(), outside, "written outside the target folder");
    Files.delete(zip);
    return e;
  }
}
