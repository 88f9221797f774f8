package mlgrader.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mlgrader.report.Report;

/** A report rendered in one format, as text a person or a platform would read (Classroom's base64 decoded). */
final class Rendered {

  private Rendered() {}

  /** What the writer produced. */
  static String raw(ReportFormat format, Report report) {
    StringWriter out = new StringWriter();
    try {
      format.writer().write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** What a reader gets out of it: for Classroom, the runner JSON behind each base64 value too. */
  static String readable(ReportFormat format, Report report) {
    String raw = raw(format, report);
    if (format != ReportFormat.CLASSROOM) {
      return raw;
    }
    StringBuilder decoded = new StringBuilder(raw);
    for (String line : raw.split("\n")) {
      if (line.contains("_RESULTS=")) {
        decoded.append('\n').append(new String(Base64.getDecoder().decode(line.substring(line.indexOf('=') + 1)), StandardCharsets.UTF_8));
      }
    }
    return decoded.toString();
  }
}
