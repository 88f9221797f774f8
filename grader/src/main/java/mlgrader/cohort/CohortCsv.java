package mlgrader.cohort;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Report;

/**
 * The cohort table: one row per candidate, one score and outcome column per challenge. Deterministic (no times),
 * so a sharded and merged run gives the same file as a single run. Cells that a spreadsheet would read as a
 * formula are defused.
 */
public final class CohortCsv {

  private CohortCsv() {}

  public static void write(List<Report> reports, Writer out) throws IOException {
    Set<String> challenges = new LinkedHashSet<>();
    reports.forEach(r -> r.results().forEach(c -> challenges.add(c.challengeId())));
    List<String> header = new ArrayList<>(List.of("candidate", "submission_sha256", "score", "max_score", "percent"));
    for (String c : challenges) {
      header.add(c + ":score");
      header.add(c + ":outcome");
    }
    header.addAll(List.of("policy_findings", "tamper_findings", "sandbox_findings"));
    row(out, header);
    for (Report r : reports) {
      List<String> cells = new ArrayList<>(List.of(r.submission().label(), r.submission().sha256(),
          number(r.score()), number(r.maxScore()), number(r.percent())));
      for (String c : challenges) {
        ChallengeResult result = r.results().stream().filter(x -> x.challengeId().equals(c)).findFirst().orElse(null);
        cells.add(result == null ? "" : number(result.score()));
        cells.add(result == null ? "" : result.outcome().name());
      }
      for (Finding.Kind k : List.of(Finding.Kind.POLICY, Finding.Kind.TAMPER, Finding.Kind.SANDBOX)) {
        cells.add(Long.toString(r.results().stream().flatMap(x -> x.findings().stream()).filter(f -> f.kind() == k).count()));
      }
      row(out, cells);
    }
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      out.write(i == 0 ? "" : ",");
      out.write(cell(cells.get(i)));
    }
    out.write("\n");
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
