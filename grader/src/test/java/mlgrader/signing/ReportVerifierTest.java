package mlgrader.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;
import mlgrader.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportVerifierTest {

  private static KeyPair keys;
  private static String signed;

  @BeforeAll
  static void sign() throws Exception {
    keys = Ed25519Keys.generate();
    signed = SignedReports.json(new ReportSigner(keys.getPrivate()).sign(SignedReports.report()));
  }

  @Test
  void aSignedReportVerifiesAfterAJsonRoundTripAndNamesItsTrustedSigner() throws Exception {
    Verification v = new ReportVerifier(keys.getPublic()).verify(SignedReports.tree(signed));
    assertEquals(Verification.Verdict.VALID, v.verdict(), v.problems().toString());
    assertTrue(v.keyTrusted());
    assertEquals(Ed25519Keys.fingerprint(keys.getPublic()), v.keyId());
  }

  @Test
  void aScoreEditedByHandNamesThatChallengesResult() throws Exception {
    String edited = signed.replaceFirst("\"score\" : 62\\.5", "\"score\" : 92.5");
    assertTrue(!edited.equals(signed), "the edit did not apply");
    List<String> problems = verify(edited);
    assertTrue(problems.contains("altered since signing: the result of challenge gradient-clipping (its score, groups, tests or findings)"),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(
        "results[gradient-clipping].percent: the file says 62.5 but the report's content gives 92.5")), problems.toString());
    assertTrue(problems.stream().noneMatch(p -> p.contains("stratified-k-fold")), "an untouched result was blamed: " + problems);
  }

  @Test
  void aTestTurnedFromFailedToPassedIsCaught() throws Exception {
    List<String> problems = verify(signed.replaceFirst("\"FAILED\"", "\"PASSED\""));
    assertTrue(problems.contains("altered since signing: the result of challenge gradient-clipping (its score, groups, tests or findings)"),
        problems.toString());
  }

  @Test
  void aDerivedTotalEditedAloneIsCaughtThoughItIsNotSigned() throws Exception {
    String edited = signed.replaceFirst("\"percent\" : 81\\.25", "\"percent\" : 100.0");
    assertTrue(!edited.equals(signed), "the edit did not apply");
    assertEquals(List.of("percent: the file says 100.0 but the report's content gives 81.25"), verify(edited));
  }

  @Test
  void theSubmissionTheGraderAndTheSeedAreEachSigned() throws Exception {
    assertTrue(verify(signed.replace("\"label\" : \"alice\"", "\"label\" : \"mallory\""))
        .contains("altered since signing: the submission (its label, hash or seed)"));
    assertTrue(verify(signed.replace("\"version\" : \"0.1.0\"", "\"version\" : \"9.9.9\""))
        .contains("altered since signing: the grader and catalogue (grader version or catalogue hash)"));
    List<String> seed = verify(signed.replaceFirst("\"seed\" : (\\d)", "\"seed\" : 1$1"));
    assertTrue(seed.stream().anyMatch(p -> p.startsWith("seed: ") && p.endsWith("does not follow from the submission and catalogue hashes")),
        seed.toString());
  }

  @Test
  void aRemovedChallengeIsNamed() throws Exception {
    Report report = SignedReports.report();
    Report signedReport = new ReportSigner(keys.getPrivate()).sign(report);
    Report fewer = new Report(signedReport.schemaVersion(), signedReport.grader(), signedReport.generatedAt(), signedReport.audience(),
        signedReport.submission(), signedReport.seed(), null, List.of(signedReport.results().get(0)), signedReport.signature());
    List<String> problems = new ReportVerifier(keys.getPublic()).verify(SignedReports.tree(SignedReports.json(fewer))).problems();
    assertTrue(problems.contains("removed since signing: the result of challenge stratified-k-fold (its score, groups, tests or findings)"),
        problems.toString());
  }

  @Test
  void aForgedDigestBreaksTheSignatureItself() throws Exception {
    int sections = signed.indexOf("\"sections\"");
    String forged = signed.substring(0, sections)
        + signed.substring(sections).replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"" + "0".repeat(64) + "\"");
    List<String> problems = verify(forged);
    assertTrue(problems.contains("signature: it does not match its own list of section digests, so the signature block itself was altered"),
        problems.toString());
  }

  @Test
  void aReportReSignedWithAnotherKeyIsRejectedAgainstTheTrustedKey() throws Exception {
    KeyPair other = Ed25519Keys.generate();
    String resigned = SignedReports.json(new ReportSigner(other.getPrivate()).sign(SignedReports.report()));
    Verification v = new ReportVerifier(keys.getPublic()).verify(SignedReports.tree(resigned));
    assertEquals(Verification.Verdict.ALTERED, v.verdict());
    assertTrue(v.problems().get(0).startsWith("signature: made with key " + Ed25519Keys.fingerprint(other.getPublic())),
        v.problems().toString());
    Verification untrusted = new ReportVerifier(null).verify(SignedReports.tree(resigned));
    assertEquals(Verification.Verdict.VALID, untrusted.verdict(), "without a trusted key only integrity is checked");
    assertTrue(!untrusted.keyTrusted());
  }

  @Test
  void anUnsignedReportIsSaidToBeUnsigned() throws Exception {
    Verification v = new ReportVerifier(null).verify(SignedReports.tree(SignedReports.json(SignedReports.report())));
    assertEquals(Verification.Verdict.UNSIGNED, v.verdict());
  }

  private static List<String> verify(String json) throws Exception {
    Verification v = new ReportVerifier(keys.getPublic()).verify(SignedReports.tree(json));
    assertEquals(Verification.Verdict.ALTERED, v.verdict(), v.problems().toString());
    return v.problems();
  }
}
