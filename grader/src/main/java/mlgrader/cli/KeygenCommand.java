package mlgrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import mlgrader.signing.Ed25519Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code grader keygen --out DIR}: a new Ed25519 key pair for signing reports. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = {"Make an Ed25519 key pair for signing reports: DIR/mlgrader-signing.key (private, PEM, readable "
        + "only by you) and DIR/mlgrader-signing.pub (public, PEM, to give to whoever verifies).",
        "Existing files are never overwritten."})
final class KeygenCommand implements Callable<Integer> {

  static final String PRIVATE_FILE = "mlgrader-signing.key";
  static final String PUBLIC_FILE = "mlgrader-signing.pub";

  @ParentCommand
  GraderCommand parent;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the two files to (created if missing).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path dir = parent.environment().resolve(out);
    Files.createDirectories(dir);
    Path privateFile = dir.resolve(PRIVATE_FILE);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    for (Path p : new Path[] {privateFile, publicFile}) {
      if (Files.exists(p)) {
        throw new BadInputException(p + " already exists; keygen never overwrites a key");
      }
    }
    KeyPair pair = Ed25519Keys.generate();
    writePrivate(privateFile, Ed25519Keys.pem(pair.getPrivate()));
    Files.writeString(publicFile, Ed25519Keys.pem(pair.getPublic()), StandardCharsets.US_ASCII);
    PrintWriter stdout = parent.spec.commandLine().getOut();
    stdout.println("Private key: " + privateFile + " (keep it secret; pass it with --sign-key or as $" + SigningOptions.SIGNING_KEY_VARIABLE + ")");
    stdout.println("Public key:  " + publicFile + " (give it to verifiers: grader verify report.json --public-key " + PUBLIC_FILE + ")");
    stdout.println("Key id:      " + Ed25519Keys.fingerprint(pair.getPublic()));
    stdout.flush();
    return ExitCode.OK;
  }

  /** Created with owner-only permissions where the file system has them, so the key is never readable by others. */
  private static void writePrivate(Path file, String pem) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(file + " already exists", e);
    }
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }
}
