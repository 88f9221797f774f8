package mlgrader.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.report.Report;
import mlgrader.report.ReportSignature;
import mlgrader.report.ReportSignature.SectionDigest;
import mlgrader.report.Seed;
import mlgrader.reporting.JsonReportWriter;

/**
 * Checks a JSON report: that its signature is good (and made with the trusted key, when one is given), which
 * sections changed since it was signed, that every derived figure (percentages, totals) follows from the rest, and
 * that the seed follows from the submission and catalogue hashes.
 */
public final class ReportVerifier {

  private static final int MAX_PROBLEMS = 12;

  private final PublicKey trusted;

  /** A verifier that trusts the key a report names (null), or only {@code trusted}. */
  public ReportVerifier(PublicKey trusted) {
    this.trusted = trusted;
  }

  /**
   * Verifies a report read from a file.
   *
   * @param file the file's JSON, as read
   * @throws IOException if the JSON is not a report at all
   */
  public Verification verify(JsonNode file) throws IOException {
    Report report = JsonReportWriter.read(file);
    List<String> consistency = new ArrayList<>();
    if (Seed.derive(report.submission().sha256(), report.grader().catalogHash()) != report.seed()) {
      consistency.add("seed: " + report.seed() + " does not follow from the submission and catalogue hashes");
    }
    fieldProblems(file, JsonReportWriter.tree(report), "", consistency);
    ReportSignature signature = report.signature();
    List<String> problems = new ArrayList<>();
    if (signature == null) {
      problems.add("the report carries no signature");
      problems.addAll(consistency);
      return new Verification(Verification.Verdict.UNSIGNED, null, false, problems);
    }
    boolean keyTrusted = signatureProblems(report, signature, problems);
    problems.addAll(consistency);
    return new Verification(problems.isEmpty() ? Verification.Verdict.VALID : Verification.Verdict.ALTERED, signature.keyId(),
        keyTrusted, problems);
  }

  /** Adds what is wrong with the signature, or with the sections it covers; returns whether the key was the trusted one. */
  private boolean signatureProblems(Report report, ReportSignature signature, List<String> problems) {
    boolean keyTrusted = false;
    try {
      PublicKey signer = Ed25519Keys.decodePublic(Base64.getDecoder().decode(signature.publicKey()));
      if (!Ed25519Keys.fingerprint(signer).equals(signature.keyId())) {
        problems.add("signature: the key id " + signature.keyId() + " is not the fingerprint of the key it names");
      }
      if (trusted != null) {
        keyTrusted = Arrays.equals(trusted.getEncoded(), signer.getEncoded());
        if (!keyTrusted) {
          problems.add("signature: made with key " + Ed25519Keys.fingerprint(signer) + ", not with the trusted key "
              + Ed25519Keys.fingerprint(trusted));
        }
      }
      if (!signatureHolds(signer, signature)) {
        problems.add("signature: it does not match its own list of section digests, so the signature block itself was altered");
      } else {
        sectionProblems(report, signature.sections(), problems);
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      problems.add("signature: unreadable (" + e.getMessage() + ")");
    }
    return keyTrusted;
  }

  private static boolean signatureHolds(PublicKey key, ReportSignature signature) throws GeneralSecurityException {
    if (!Ed25519Keys.ALGORITHM.equals(signature.algorithm())) {
      throw new GeneralSecurityException("unsupported algorithm " + signature.algorithm());
    }
    Signature check = Signature.getInstance(Ed25519Keys.ALGORITHM);
    check.initVerify(key);
    check.update(ReportManifest.signedBytes(signature.algorithm(), signature.keyId(), signature.sections()));
    return check.verify(Base64.getDecoder().decode(signature.value()));
  }

  private static void sectionProblems(Report report, List<SectionDigest> signed, List<String> problems) {
    Map<String, String> now = new LinkedHashMap<>();
    ReportManifest.digests(report.withSignature(null)).forEach(d -> now.put(d.section(), d.sha256()));
    Map<String, String> then = new LinkedHashMap<>();
    signed.forEach(d -> then.put(d.section(), d.sha256()));
    then.forEach((section, digest) -> {
      if (!now.containsKey(section)) {
        problems.add("removed since signing: " + ReportManifest.describe(section));
      } else if (!now.get(section).equals(digest)) {
        problems.add("altered since signing: " + ReportManifest.describe(section));
      }
    });
    now.keySet().stream().filter(s -> !then.containsKey(s))
        .forEach(s -> problems.add("added since signing: " + ReportManifest.describe(s)));
  }

  /** Fields whose value in the file is not what the report's content gives (derived figures, unknown fields). */
  private static void fieldProblems(JsonNode file, JsonNode model, String path, List<String> problems) {
    if (problems.size() >= MAX_PROBLEMS) {
      return;
    }
    if (file.isNumber() && model.isNumber()) {
      if (file.decimalValue().compareTo(model.decimalValue()) != 0) {
        problems.add(where(path) + ": the file says " + file.asText() + " but the report's content gives " + model.asText());
      }
    } else if (file.isObject() && model.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode expected = model.get(e.getKey());
        if (expected == null) {
          problems.add(where(path + "." + e.getKey()) + ": not part of a report");
        } else {
          fieldProblems(e.getValue(), expected, path + "." + e.getKey(), problems);
        }
      }
    } else if (file.isArray() && model.isArray() && file.size() == model.size()) {
      for (int i = 0; i < file.size(); i++) {
        JsonNode id = file.get(i).get("challengeId");
        fieldProblems(file.get(i), model.get(i), path + "[" + (id != null && id.isTextual() ? id.asText() : i) + "]", problems);
      }
    } else if (!file.equals(model)) {
      problems.add(where(path) + ": the file says " + file + " but the report's content gives " + model);
    }
  }

  private static String where(String path) {
    return path.isEmpty() ? "the report" : path.substring(1);
  }
}
