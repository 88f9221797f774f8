package mlgrader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Drives the real CLI in-process with captured streams, a fixed clock and the fixture catalogue. */
final class Cli {

  static final Path FIXTURE = Path.of("src/test/resources/fixture-catalog").toAbsolutePath();
  static final Path SUBMISSIONS = Path.of("src/test/resources/submissions/toy-mean").toAbsolutePath();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  /** What one command did. */
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return runIn(Path.of("").toAbsolutePath(), args);
  }

  static Result runIn(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err),
        new Environment(Map.of(), workingDir, CLOCK, false), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** {@code grader grade <submission> -c toy-mean --catalog <fixture> …}. */
  static Result grade(String submission, String... more) {
    String[] base = {"grade", SUBMISSIONS.resolve(submission).toString(), "-c", "toy-mean", "--catalog", FIXTURE.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return run(all);
  }
}
