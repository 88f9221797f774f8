package mlgrader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import mlgrader.signing.Ed25519Keys;
import mlgrader.signing.ReportSigner;
import picocli.CommandLine.Option;

/** {@code --sign-key}: the Ed25519 key that signs reports, from a PEM file or {@code $MLGRADER_SIGNING_KEY}. */
final class SigningOptions {

  /** The environment variable that may hold the signing key's PEM text (e.g. a CI secret). */
  static final String SIGNING_KEY_VARIABLE = "MLGRADER_SIGNING_KEY";

  @Option(names = "--sign-key", paramLabel = "FILE",
      description = "Sign reports with this Ed25519 private key (PEM; see 'grader keygen'); default: the PEM text in $"
          + SIGNING_KEY_VARIABLE + ", if set.")
  Path signKey;

  /** The signer, or empty when no key was given. */
  Optional<ReportSigner> signer(Environment environment) throws IOException, BadInputException {
    String pem;
    String source;
    if (signKey != null) {
      Path file = environment.resolve(signKey);
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("no such key file: " + file);
      }
      pem = Files.readString(file, StandardCharsets.UTF_8);
      source = file.toString();
    } else if (!environment.variables().getOrDefault(SIGNING_KEY_VARIABLE, "").isBlank()) {
      pem = environment.variables().get(SIGNING_KEY_VARIABLE);
      source = "$" + SIGNING_KEY_VARIABLE;
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(new ReportSigner(Ed25519Keys.readPrivate(pem)));
    } catch (GeneralSecurityException e) {
      throw new BadInputException(source + " is not an Ed25519 private key: " + e.getMessage());
    }
  }
}
