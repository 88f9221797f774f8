package mlgrader.report;

import java.util.List;
import java.util.Objects;

/**
 * An Ed25519 signature over a manifest of per-section digests of a report, so that a verifier can name the
 * section that was altered, not just say that something was.
 *
 * @param algorithm always "Ed25519"
 * @param keyId a short fingerprint of the public key ({@code sha256:} and 16 hex digits)
 * @param publicKey the signer's public key, X.509 DER in base64 (compare it with a trusted key before believing it)
 * @param sections the signed manifest: one SHA-256 digest per section of the report, in a fixed order
 * @param value the signature over the canonical manifest, base64
 */
public record ReportSignature(String algorithm, String keyId, String publicKey, List<SectionDigest> sections, String value) {

  public ReportSignature {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(publicKey, "publicKey");
    sections = List.copyOf(sections);
    Objects.requireNonNull(value, "value");
  }

  /**
   * The digest of one section of a report.
   *
   * @param section the section's name, e.g. {@code submission} or {@code results/gradient-clipping}
   * @param sha256 SHA-256 of the section's canonical JSON, hex
   */
  public record SectionDigest(String section, String sha256) {
    public SectionDigest {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
