package mlgrader.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seed of a grading run: a pure function of the submission hash and the catalogue hash.
 *
 * <p>Hidden suites that draw randomised instances per submission take this seed, so a re-grade of the same
 * files with the same catalogue draws the same instances, while another submission cannot know them in advance.
 * It is kept to 53 bits so that every JSON reader (JavaScript included) reads it back exactly.
 */
public final class Seed {

  private static final long MASK_53_BITS = (1L << 53) - 1;

  private Seed() {}

  /** The first 53 bits of SHA-256("mlgrader-seed", submission hash, catalogue hash). */
  public static long derive(String submissionSha256, String catalogHash) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {"mlgrader-seed", submissionSha256, catalogHash}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return ByteBuffer.wrap(digest.digest()).getLong() & MASK_53_BITS;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
