package mlgrader.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** The {@code grader} executable. {@link #main} only exits; {@link #run} is what tests call. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, new Environment(System.getenv(), Path.of("").toAbsolutePath(), Clock.systemUTC(),
        System.console() != null && System.getenv("NO_COLOR") == null), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command with injected streams and environment; returns its exit code (see {@link ExitCode}). */
  public static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    CommandLine cli = new CommandLine(new GraderCommand(environment))
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionExceptionHandler(new FailureMessages(environment))
        .setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }
}
