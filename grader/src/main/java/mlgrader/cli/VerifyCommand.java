package mlgrader.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import mlgrader.reporting.JsonReportWriter;
import mlgrader.signing.Ed25519Keys;
import mlgrader.signing.ReportVerifier;
import mlgrader.signing.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader verify <report.json>}: is this signed report what the grader wrote, and if not, what changed. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check a signed JSON report: the Ed25519 signature, each signed section (submission, grader and "
        + "catalogue, assessment, every challenge result), derived figures and the seed. Names what was altered.",
        "Exit 0 valid, 1 altered, unsigned or signed by another key, 3 unreadable."})
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Parameters(paramLabel = "REPORT", description = "A report written with --format json.")
  Path report;

  @Option(names = "--public-key", paramLabel = "FILE",
      description = "The trusted public key (PEM from 'grader keygen'). Without it the signature is checked against "
          + "the key the report names, which proves integrity but not who signed.")
  Path publicKey;

  @Override
  public Integer call() throws Exception {
    PublicKey trusted = publicKey == null ? null : trustedKey(parent.environment().resolve(publicKey));
    Path file = parent.environment().resolve(report);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such file: " + file);
    }
    Verification v;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonNode tree = JsonReportWriter.readTree(in);
      v = new ReportVerifier(trusted).verify(tree);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new BadInputException(file.getFileName() + " is not a grader report: " + e.getMessage());
    }
    PrintWriter out = parent.spec.commandLine().getOut();
    switch (v.verdict()) {
      case VALID -> {
        out.println(file.getFileName() + ": valid. Signed by Ed25519 key " + v.keyId()
            + (v.keyTrusted() ? ", the trusted key." : "; not compared with a trusted key (pass --public-key to check who signed)."));
        out.println("Nothing was altered since it was signed.");
      }
      case ALTERED -> {
        out.println(file.getFileName() + ": ALTERED. It is not the report that was signed" + (v.keyId() == null ? "" : " by " + v.keyId()) + ":");
        v.problems().forEach(p -> out.println("  - " + p));
      }
      case UNSIGNED -> {
        out.println(file.getFileName() + ": NOT SIGNED. Nothing proves where it came from.");
        v.problems().stream().skip(1).forEach(p -> out.println("  - " + p));
      }
    }
    out.flush();
    return v.verdict() == Verification.Verdict.VALID ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
  }

  private static PublicKey trustedKey(Path file) throws BadInputException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such key file: " + file);
    }
    try {
      return Ed25519Keys.readPublic(Files.readString(file, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new BadInputException(file.getFileName() + " is not an Ed25519 public key: " + e.getMessage());
    }
  }
}
