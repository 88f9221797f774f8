package mlgrader.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic share of a cohort: candidate names are hashed, so each one lands in the same shard on every
 * machine and whatever else the cohort holds.
 *
 * @param index 1-based shard number
 * @param count number of shards
 */
public record Shard(int index, int count) {

  /** The whole cohort. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, not " + index + "/" + count);
    }
  }

  /** Parses {@code i/n}. */
  public static Shard parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a shard is written i/n, e.g. 2/4, not '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is written i/n, e.g. 2/4, not '" + text + "'", e);
    }
  }

  /** Whether this shard grades {@code candidate}. */
  public boolean includes(String candidate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(candidate.getBytes(StandardCharsets.UTF_8));
      long bucket = ((digest[0] & 0xffL) << 24 | (digest[1] & 0xffL) << 16 | (digest[2] & 0xffL) << 8 | (digest[3] & 0xffL)) % count;
      return bucket == index - 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
