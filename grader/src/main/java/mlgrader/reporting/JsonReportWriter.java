package mlgrader.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import mlgrader.report.Report;

/** The canonical JSON form of a report; {@link #read} parses it back into the same model. */
public final class JsonReportWriter implements ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Report report, Writer out) throws IOException {
    JSON.writeValue(new NonClosingWriter(out), report);
    out.write(System.lineSeparator());
  }

  /** Parses a report written by {@link #write}. */
  public static Report read(Reader in) throws IOException {
    return JSON.readValue(in, Report.class);
  }

  /** The JSON tree {@link #write} writes for a report, to compare with a tree read from a file. */
  public static JsonNode tree(Report report) {
    return JSON.valueToTree(report);
  }

  /** Parses JSON text into a tree, without reading it as a report yet. */
  public static JsonNode readTree(Reader in) throws IOException {
    return JSON.readTree(in);
  }

  /** The report a JSON tree describes. */
  public static Report read(JsonNode tree) throws IOException {
    return JSON.treeToValue(tree, Report.class);
  }
}
