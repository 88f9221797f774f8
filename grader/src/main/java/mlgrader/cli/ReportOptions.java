package mlgrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.reporting.Redaction;
import mlgrader.reporting.ReportFormat;
import picocli.CommandLine.Option;

/** How a command writes its report: format, audience and destination. */
final class ReportOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or md (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "candidate",
      description = "candidate (hidden tests by name and verdict only) or reviewer (everything); default: ${DEFAULT-VALUE}.")
  Audience audience;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  void write(Report full, PrintWriter stdout, Environment environment) throws IOException, BadInputException {
    ReportFormat chosen;
    try {
      chosen = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Report report = Redaction.forAudience(full, audience);
    if (out == null) {
      ReportFormat onScreen = chosen == ReportFormat.TEXT && environment.colorTerminal() ? ReportFormat.TEXT_COLOR : chosen;
      onScreen.writer().write(report, stdout);
      stdout.flush();
      return;
    }
    Path target = environment.resolve(out);
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".report", ".tmp");
    try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      chosen.writer().write(report, w);
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
