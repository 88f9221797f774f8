package mlgrader.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys in the PEM files {@code openssl genpkey -algorithm ed25519} writes and reads: the private key as
 * PKCS#8 ({@code BEGIN PRIVATE KEY}), the public key as X.509 ({@code BEGIN PUBLIC KEY}). Only the JDK is used.
 */
public final class Ed25519Keys {

  /** The JCA name of the algorithm. */
  public static final String ALGORITHM = "Ed25519";

  private Ed25519Keys() {}

  /** A new key pair from the system's strong random source. */
  public static KeyPair generate() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
  }

  /** The private key in a PEM text (the file's content, or the value of {@code MLGRADER_SIGNING_KEY}). */
  public static PrivateKey readPrivate(String pem) throws GeneralSecurityException {
    return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
  }

  /** The public key in a PEM text. */
  public static PublicKey readPublic(String pem) throws GeneralSecurityException {
    return decodePublic(der(pem, "PUBLIC KEY"));
  }

  /** A public key from its X.509 DER bytes, as a report carries it (base64). */
  public static PublicKey decodePublic(byte[] der) throws GeneralSecurityException {
    return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
  }

  /**
   * The public key that belongs to a private key.
   *
   * <p>JDK 17 has no call for this, but its Ed25519 key-pair generator computes the public key from 32 bytes it
   * draws from the random source; handing it the private key's own bytes as that "randomness" gives back the same
   * private key and so its public key. The result is checked by a signature round trip before it is returned.
   */
  public static PublicKey publicOf(PrivateKey privateKey) throws GeneralSecurityException {
    if (!(privateKey instanceof EdECPrivateKey ed)) {
      throw new InvalidKeySpecException("not an Ed25519 private key");
    }
    byte[] seed = ed.getBytes().orElseThrow(() -> new InvalidKeySpecException("the private key's bytes are not available"));
    KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
    generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
      }
    });
    PublicKey publicKey = generator.generateKeyPair().getPublic();
    byte[] probe = "mlgrader key check".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(ALGORITHM);
    signer.initSign(privateKey);
    signer.update(probe);
    byte[] signature = signer.sign();
    signer.initVerify(publicKey);
    signer.update(probe);
    if (!signer.verify(signature)) {
      throw new InvalidKeySpecException("could not derive the public key of this private key");
    }
    return publicKey;
  }

  /** A short, stable name for a public key: {@code sha256:} and the first 16 hex digits of its DER's hash. */
  public static String fingerprint(PublicKey key) throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
    return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
  }

  /** A key in PEM, 64 characters a line. */
  public static String pem(PrivateKey key) {
    return pem("PRIVATE KEY", key.getEncoded());
  }

  /** A key in PEM, 64 characters a line. */
  public static String pem(PublicKey key) {
    return pem("PUBLIC KEY", key.getEncoded());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private static byte[] der(String pem, String type) throws InvalidKeySpecException {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new InvalidKeySpecException("no '" + begin + "' block found (expected a PEM file as 'grader keygen' or "
          + "'openssl genpkey -algorithm ed25519' writes it)");
    }
    try {
      return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new InvalidKeySpecException("the " + type + " block is not valid base64", e);
    }
  }
}
