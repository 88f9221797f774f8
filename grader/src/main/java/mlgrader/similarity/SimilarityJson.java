package mlgrader.similarity;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/** {@code similarity.json}: the cohort's similarity check, pretty-printed and deterministic. */
public final class SimilarityJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private SimilarityJson() {}

  public static void write(SimilarityReport report, Writer out) throws IOException {
    MAPPER.writeValue(out, report);
    out.write("\n");
    out.flush();
  }

  public static SimilarityReport read(Reader in) throws IOException {
    SimilarityReport report = MAPPER.readValue(in, SimilarityReport.class);
    if (report.schemaVersion() != SimilarityReport.SCHEMA_VERSION) {
      throw new IOException("similarity.json has schema version " + report.schemaVersion() + "; this grader reads "
          + SimilarityReport.SCHEMA_VERSION);
    }
    return report;
  }
}
