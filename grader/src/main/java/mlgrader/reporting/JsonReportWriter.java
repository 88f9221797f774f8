package mlgrader.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
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

  /** Jackson closes the writer it is given; the caller owns {@code out}. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
