package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen → grade --sign-key → verify, and a score edited by hand in between. */
class VerifyCommandIT {

  @Test
  void aSignedReportVerifiesAndAScoreEditedByHandIsNamed(@TempDir Path dir) throws Exception {
    Cli.Result keygen = Cli.run("keygen", "--out", dir.resolve("keys").toString());
    assertEquals(ExitCode.OK, keygen.code(), keygen.err());
    Path privateKey = dir.resolve("keys/mlgrader-signing.key");
    Path publicKey = dir.resolve("keys/mlgrader-signing.pub");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
    Path report = dir.resolve("report.json");
    Cli.Result grade = Cli.grade(Cli.FIXTURE.resolve("challenges/toy-mean/mutants/M1").toString(), "--format", "json", "--out",
        report.toString(), "--sign-key", privateKey.toString());
    assertEquals(ExitCode.OK, grade.code(), grade.err());

    Cli.Result valid = Cli.run("verify", report.toString(), "--public-key", publicKey.toString());
    assertEquals(ExitCode.OK, valid.code(), valid.out() + valid.err());
    assertTrue(valid.out().contains("report.json: valid. Signed by Ed25519 key sha256:") && valid.out().contains("the trusted key"), valid.out());

    String json = Files.readString(report);
    String edited = json.replaceFirst("\"score\" : 40\\.0,\n    \"maxScore\"", "\"score\" : 100.0,\n    \"maxScore\"");
    assertTrue(!edited.equals(json), "the score to edit was not found:\n" + json);
    Files.writeString(report, edited);
    Cli.Result altered = Cli.run("verify", report.toString(), "--public-key", publicKey.toString());
    assertEquals(ExitCode.BELOW_THRESHOLD, altered.code(), altered.out());
    assertTrue(altered.out().contains("report.json: ALTERED"), altered.out());
    assertTrue(altered.out().contains("  - altered since signing: the result of challenge toy-mean (its score, groups, tests or findings)"),
        altered.out());
  }

  @Test
  void theKeyMayComeFromTheEnvironmentAndAnotherKeyIsNotTrusted(@TempDir Path dir) throws Exception {
    Cli.run("keygen", "--out", dir.resolve("a").toString());
    Cli.run("keygen", "--out", dir.resolve("b").toString());
    Path report = dir.resolve("r.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err),
        new Environment(Map.of("MLGRADER_SIGNING_KEY", Files.readString(dir.resolve("a/mlgrader-signing.key"))), Path.of("").toAbsolutePath(),
            Cli.CLOCK, false),
        "grade", Cli.SUBMISSIONS.resolve("correct-with-helper").toString(), "-c", "toy-mean", "--catalog", Cli.FIXTURE.toString(),
        "--format", "json", "--out", report.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertEquals(ExitCode.OK, Cli.run("verify", report.toString(), "--public-key", dir.resolve("a/mlgrader-signing.pub").toString()).code());
    Cli.Result other = Cli.run("verify", report.toString(), "--public-key", dir.resolve("b/mlgrader-signing.pub").toString());
    assertEquals(ExitCode.BELOW_THRESHOLD, other.code());
    assertTrue(other.out().contains("not with the trusted key"), other.out());
  }

  @Test
  void unsignedAndUnreadableReportsAreToldApart(@TempDir Path dir) throws Exception {
    Path unsigned = dir.resolve("unsigned.json");
    assertEquals(ExitCode.OK, Cli.grade("correct-with-helper", "--format", "json", "--out", unsigned.toString()).code());
    Cli.Result r = Cli.run("verify", unsigned.toString());
    assertEquals(ExitCode.BELOW_THRESHOLD, r.code());
    assertTrue(r.out().contains("unsigned.json: NOT SIGNED"), r.out());

    Path garbage = dir.resolve("garbage.json");
    Files.writeString(garbage, "{ this is not json");
    Cli.Result bad = Cli.run("verify", garbage.toString());
    assertEquals(ExitCode.BAD_INPUT, bad.code(), bad.out() + bad.err());
    assertTrue(bad.err().startsWith("grader: garbage.json is not a grader report"), bad.err());
    assertEquals(ExitCode.BAD_INPUT, Cli.run("verify", dir.resolve("missing.json").toString()).code());
  }

  @Test
  void gradeAllSignsEveryCandidateReport(@TempDir Path dir) throws Exception {
    Cli.run("keygen", "--out", dir.resolve("keys").toString());
    Path cohort = Files.createDirectories(dir.resolve("cohort"));
    for (String candidate : new String[] {"correct-with-helper", "syntax-error"}) {
      CommandLineIT.copy(Cli.SUBMISSIONS.resolve(candidate), cohort.resolve(candidate));
    }
    Path out = dir.resolve("out");
    Cli.Result graded = Cli.run("grade-all", cohort.toString(), "-c", "toy-mean", "--catalog", Cli.FIXTURE.toString(), "--out-dir",
        out.toString(), "--jobs", "1", "--no-similarity", "--sign-key", dir.resolve("keys/mlgrader-signing.key").toString());
    assertEquals(ExitCode.OK, graded.code(), graded.err());
    for (String candidate : new String[] {"correct-with-helper", "syntax-error"}) {
      Path report = out.resolve("candidates").resolve(candidate).resolve("report.json");
      Cli.Result v = Cli.run("verify", report.toString(), "--public-key", dir.resolve("keys/mlgrader-signing.pub").toString());
      assertEquals(ExitCode.OK, v.code(), v.out() + v.err());
      assertTrue(v.out().contains("report.json: valid."), v.out());
    }
  }

  @Test
  void keygenNeverOverwritesAKey(@TempDir Path dir) {
    assertEquals(ExitCode.OK, Cli.run("keygen", "--out", dir.toString()).code());
    Cli.Result again = Cli.run("keygen", "--out", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, again.code());
    assertTrue(again.err().contains("already exists; keygen never overwrites a key"), again.err());
  }

  @Test
  void aBrokenSigningKeyIsBadInput(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("broken.key");
    Files.writeString(key, "not a key");
    Cli.Result r = Cli.grade("correct-with-helper", "--format", "json", "--sign-key", key.toString());
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("is not an Ed25519 private key"), r.err());
  }
}
