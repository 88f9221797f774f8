package mlgrader.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mlgrader.report.Report;
import mlgrader.report.ReportSignature;
import mlgrader.report.ReportSignature.SectionDigest;

/** Signs reports with one Ed25519 key: the digest of each section, then the manifest of digests. */
public final class ReportSigner {

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  /** A signer for this private key (its public key is derived and embedded in every signature). */
  public ReportSigner(PrivateKey privateKey) throws GeneralSecurityException {
    this.privateKey = privateKey;
    this.publicKey = Ed25519Keys.publicOf(privateKey);
    this.keyId = Ed25519Keys.fingerprint(publicKey);
  }

  /** The fingerprint of the signing key. */
  public String keyId() {
    return keyId;
  }

  /** {@code report} signed by {@code signer}, or unchanged when there is no signer. */
  public static Report signIfAny(Optional<ReportSigner> signer, Report report) throws IOException {
    if (signer.isEmpty()) {
      return report;
    }
    try {
      return signer.get().sign(report);
    } catch (GeneralSecurityException e) {
      throw new IOException("could not sign the report: " + e.getMessage(), e);
    }
  }

  /** The report with its signature (any earlier one is replaced). */
  public Report sign(Report report) throws GeneralSecurityException {
    List<SectionDigest> digests = ReportManifest.digests(report.withSignature(null));
    Signature signature = Signature.getInstance(Ed25519Keys.ALGORITHM);
    signature.initSign(privateKey);
    signature.update(ReportManifest.signedBytes(Ed25519Keys.ALGORITHM, keyId, digests));
    return report.withSignature(new ReportSignature(Ed25519Keys.ALGORITHM, keyId,
        Base64.getEncoder().encodeToString(publicKey.getEncoded()), digests,
        Base64.getEncoder().encodeToString(signature.sign())));
  }
}
