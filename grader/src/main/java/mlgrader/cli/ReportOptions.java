package mlgrader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.reporting.Redaction;
import mlgrader.reporting.ReportFiles;
import mlgrader.reporting.ReportFormat;
import mlgrader.signing.ReportSigner;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a command writes its report: formats, audience, destination and signature.
 *
 * <p>The report is redacted for the audience first ({@link Redaction}, the one place that decides), then signed,
 * then rendered by each writer ({@link ReportFiles} writes files so that a reader never sees half a report).
 */
final class ReportOptions {

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
      description = "One or more of text, json, md, html, junit, classroom, gradescope, exercism, prairielearn, "
          + "comma-separated (default: ${DEFAULT-VALUE}). Several need --out-dir.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "candidate",
      description = "candidate (hidden tests by name, group, points and verdict only) or reviewer (everything); default: ${DEFAULT-VALUE}.")
  Audience audience;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the (one) report to FILE instead of standard output.")
  Path out;

  @Option(names = "--out-dir", paramLabel = "DIR",
      description = "Write every format to DIR under its own name: report.json, report.txt, report.md, report.html, "
          + "TEST-mlgrader.xml, classroom.env, gradescope-results.json, exercism-results.json, prairielearn-results.json.")
  Path outDir;

  @Mixin
  SigningOptions signing;

  void write(Report full, PrintWriter stdout, Environment environment) throws IOException, BadInputException {
    List<ReportFormat> chosen = formats();
    Report report = sign(Redaction.forAudience(full, audience), environment);
    if (outDir != null) {
      Path dir = environment.resolve(outDir);
      Map<Path, ReportFormat> targets = new LinkedHashMap<>();
      chosen.forEach(f -> targets.put(dir.resolve(f.fileName()), f));
      ReportFiles.write(report, targets);
    } else if (out != null) {
      ReportFiles.write(report, Map.of(environment.resolve(out), chosen.get(0)));
    } else {
      ReportFormat format = chosen.get(0);
      ReportFormat onScreen = format == ReportFormat.TEXT && environment.colorTerminal() ? ReportFormat.TEXT_COLOR : format;
      onScreen.writer().write(report, stdout);
      stdout.flush();
    }
  }

  private List<ReportFormat> formats() throws BadInputException {
    List<ReportFormat> chosen = new ArrayList<>();
    for (String name : formats) {
      try {
        ReportFormat f = ReportFormat.parse(name);
        if (!chosen.contains(f)) {
          chosen.add(f);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
    }
    if (chosen.isEmpty()) {
      throw new BadInputException("--format names no format");
    }
    if (out != null && outDir != null) {
      throw new BadInputException("use either --out FILE or --out-dir DIR, not both");
    }
    if (chosen.size() > 1 && outDir == null) {
      throw new BadInputException("several formats need --out-dir DIR (each is written to its own file there)");
    }
    return chosen;
  }

  private Report sign(Report report, Environment environment) throws IOException, BadInputException {
    return ReportSigner.signIfAny(signing.signer(environment), report);
  }
}
