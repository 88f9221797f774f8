package mlgrader.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519KeysTest {

  @Test
  void keysSurviveAPemRoundTripAndThePublicKeyFollowsFromThePrivateOne() throws Exception {
    for (int i = 0; i < 20; i++) {
      KeyPair pair = Ed25519Keys.generate();
      PrivateKey read = Ed25519Keys.readPrivate(Ed25519Keys.pem(pair.getPrivate()));
      assertArrayEquals(pair.getPrivate().getEncoded(), read.getEncoded());
      assertArrayEquals(pair.getPublic().getEncoded(), Ed25519Keys.readPublic(Ed25519Keys.pem(pair.getPublic())).getEncoded());
      assertArrayEquals(pair.getPublic().getEncoded(), Ed25519Keys.publicOf(read).getEncoded());
    }
  }

  @Test
  void aFileThatIsNotAKeySaysWhatWasExpected() {
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> Ed25519Keys.readPrivate("hello"));
    assertTrue(e.getMessage().contains("no '-----BEGIN PRIVATE KEY-----' block found"), e.getMessage());
  }

  @Test
  void aKeyMadeByOpensslSignsReportsToo(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("key.pem");
    Process p;
    try {
      p = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("openssl is not installed");
      return;
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl failed");
    ReportSigner signer = new ReportSigner(Ed25519Keys.readPrivate(Files.readString(key)));
    assertEquals(Verification.Verdict.VALID, new ReportVerifier(null)
        .verify(SignedReports.tree(SignedReports.json(signer.sign(SignedReports.report())))).verdict());
  }
}
