package mlgrader.signing;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportVerifier} found.
 *
 * @param verdict the overall verdict
 * @param keyId the signer's key fingerprint, or null when unsigned
 * @param keyTrusted whether the signer's key was compared with a trusted public key and matched
 * @param problems what was altered or is wrong, each naming the part of the report; empty when valid
 */
public record Verification(Verdict verdict, String keyId, boolean keyTrusted, List<String> problems) {

  /** The overall verdict. */
  public enum Verdict {
    /** Signed, the signature is good and nothing was altered since. */
    VALID,
    /** Signed, but the content or the signature was changed afterwards. */
    ALTERED,
    /** The report carries no signature. */
    UNSIGNED
  }

  public Verification {
    Objects.requireNonNull(verdict, "verdict");
    problems = List.copyOf(problems);
  }
}
