package mlgrader.submission;

import static mlgrader.submission.ZipFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

  private static final String PACKAGE_PATH = "challenge/demo";
  private static final String IMPL =
      "package challenge.demo;\n\npublic class ModelImpl implements Model {}\n";
  private static final String EXTRA = "package challenge.demo;\n\nfinal class Extra {}\n";
  private static final String API = "package challenge.demo;\n\npublic interface Model {}\n";
  private static final Map<String, String> GIVEN = Map.of("Model.java", API);
  private static final List<SourceFile> EXPECTED =
      List.of(
          new SourceFile("challenge/demo/Extra.java", EXTRA),
          new SourceFile("challenge/demo/ModelImpl.java", IMPL));

  @TempDir Path root;

  private final SubmissionReader reader = new SubmissionReader(SubmissionLimits.DEFAULT);

  @Test
  void readsACandidateRepositoryAndIgnoresEverythingOutsideThePackageFolder() throws Exception {
    Path repo = root.resolve("repo");
    Path pkg = repo.resolve("src/main/java/challenge/demo");
    write(pkg.resolve("ModelImpl.java"), IMPL);
    write(pkg.resolve("Extra.java"), EXTRA);
    write(pkg.resolve("notes.txt"), "not Java");
    write(pkg.resolve("sub/Deeper.java"), "package challenge.demo.sub; class Deeper {}");
    write(repo.resolve("src/test/java/challenge/demo/ModelTest.java"), "class ModelTest {}");
    write(repo.resolve("pom.xml"), "<project/>");
    Submission s = read(repo);
    assertEquals(EXPECTED, s.sources());
    assertEquals("repo", s.label());
    assertEquals(List.of(), s.findings());
  }

  @Test
  void readsASourceRoot() throws Exception {
    Path src = root.resolve("src");
    write(src.resolve("challenge/demo/ModelImpl.java"), IMPL);
    write(src.resolve("challenge/demo/Extra.java"), EXTRA);
    assertEquals(EXPECTED, read(src).sources());
  }

  @Test
  void readsAFlatFolderOfJavaFiles() throws Exception {
    Path flat = root.resolve("flat");
    write(flat.resolve("ModelImpl.java"), IMPL);
    write(flat.resolve("Extra.java"), EXTRA);
    assertEquals(EXPECTED, read(flat).sources());
  }

  @Test
  void readsAZipWhoseFilesSitInOneTopFolder() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("candidate/src/main/java/challenge/demo/ModelImpl.java", utf8(IMPL));
    entries.put("candidate/src/main/java/challenge/demo/Extra.java", utf8(EXTRA));
    Path zip = ZipFixture.write(root.resolve("in/answer.zip"), entries);
    Submission s =
        reader.read(zip, PACKAGE_PATH, GIVEN, Files.createDirectories(root.resolve("scratch")));
    assertEquals(EXPECTED, s.sources());
    assertEquals("answer.zip", s.label());
  }

  @Test
  void aChangedGivenFileIsIgnoredAndReportedAsTampering() throws Exception {
    Path flat = root.resolve("flat");
    write(flat.resolve("ModelImpl.java"), IMPL);
    write(flat.resolve("Model.java"), API.replace("{}", "{ default int cheat() { return 1; } }"));
    Submission s = read(flat);
    assertEquals(List.of(new SourceFile("challenge/demo/ModelImpl.java", IMPL)), s.sources());
    assertEquals(1, s.findings().size(), s.findings().toString());
    Finding f = s.findings().get(0);
    assertEquals(Finding.Kind.TAMPER, f.kind());
    assertEquals("Model.java", f.location());
    assertTrue(f.message().contains("your copy differs and was ignored"), f.message());
  }

  @Test
  void anUnchangedGivenFileIsIgnoredSilently() throws Exception {
    Path flat = root.resolve("flat");
    write(flat.resolve("ModelImpl.java"), IMPL);
    write(flat.resolve("Model.java"), API);
    Submission s = read(flat);
    assertEquals(List.of(new SourceFile("challenge/demo/ModelImpl.java", IMPL)), s.sources());
    assertEquals(List.of(), s.findings());
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWithAMessageSayingHowToFixIt() throws Exception {
    Path flat = root.resolve("flat");
    Files.createDirectories(flat);
    Files.write(
        flat.resolve("ModelImpl.java"),
        "// café\nclass ModelImpl {}".getBytes(StandardCharsets.ISO_8859_1));
    SubmissionException e = assertThrows(SubmissionException.class, () -> read(flat));
    assertEquals(
        "ModelImpl.java is not valid UTF-8; save it as UTF-8 and submit again", e.getMessage());
  }

  @Test
  void aSymlinkedJavaFileIsRejected() throws Exception {
    Path outside = write(root.resolve("secret/Stolen.java"), "class Stolen {}");
    Path flat = Files.createDirectories(root.resolve("flat"));
    write(flat.resolve("ModelImpl.java"), IMPL);
    Files.createSymbolicLink(flat.resolve("Linked.java"), outside);
    SubmissionException e = assertThrows(SubmissionException.class, () -> read(flat));
    assertEquals(
        "Linked.java is a link or not a regular file; links are not followed", e.getMessage());
  }

  @Test
  void noSourcesIsAnErrorNamingWhereTheReaderLooked() throws Exception {
    Path repo = root.resolve("empty-repo");
    write(repo.resolve("README.md"), "nothing here");
    write(repo.resolve("Model.java"), API);
    SubmissionException e = assertThrows(SubmissionException.class, () -> read(repo));
    assertEquals(
        "no Java sources of yours found in empty-repo (looked in src/main/java/challenge/demo, "
            + "challenge/demo and the folder itself)",
        e.getMessage());
  }

  @Test
  void aMissingInputOrAFileThatIsNeitherFolderNorZipIsAnError() throws Exception {
    SubmissionException missing =
        assertThrows(SubmissionException.class, () -> read(root.resolve("nope")));
    assertTrue(missing.getMessage().startsWith("no such file or folder: "), missing.getMessage());
    Path txt = write(root.resolve("answer.txt"), "text");
    SubmissionException wrongType = assertThrows(SubmissionException.class, () -> read(txt));
    assertEquals("answer.txt is neither a folder nor a .zip file", wrongType.getMessage());
  }

  @Test
  void theHashIsTheSameWhateverOrderTheFilesWereWrittenIn() throws Exception {
    Path first = root.resolve("first");
    write(first.resolve("ModelImpl.java"), IMPL);
    write(first.resolve("Extra.java"), EXTRA);
    Path second = root.resolve("second");
    write(second.resolve("Extra.java"), EXTRA);
    write(second.resolve("ModelImpl.java"), IMPL);
    Map<String, byte[]> reversed = new LinkedHashMap<>();
    reversed.put("x/challenge/demo/ModelImpl.java", utf8(IMPL));
    reversed.put("x/challenge/demo/Extra.java", utf8(EXTRA));
    reversed.put("x/challenge/demo/readme.txt", utf8("ignored"));
    Path zip = ZipFixture.write(root.resolve("in/x.zip"), reversed);
    String hash = read(first).sha256();
    assertEquals(hash, read(second).sha256());
    assertEquals(
        hash,
        reader
            .read(zip, PACKAGE_PATH, GIVEN, Files.createDirectories(root.resolve("scratch")))
            .sha256());
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
  }

  @Test
  void theHashChangesWithAnyByteOfTheCandidatesFiles() throws Exception {
    Path a = root.resolve("a");
    write(a.resolve("ModelImpl.java"), IMPL);
    Path b = root.resolve("b");
    write(b.resolve("ModelImpl.java"), IMPL + " ");
    Path c = root.resolve("c");
    write(c.resolve("ModelImpl.java"), IMPL);
    write(c.resolve("Model.java"), API);
    assertNotEquals(read(a).sha256(), read(b).sha256());
    assertEquals(
        read(a).sha256(), read(c).sha256(), "an ignored given file is not part of the submission");
  }

  private Submission read(Path input) throws SubmissionException, IOException {
    return reader.read(
        input,
        PACKAGE_PATH,
        GIVEN,
        Files.createDirectories(root.resolve("scratch-" + input.getFileName())));
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
