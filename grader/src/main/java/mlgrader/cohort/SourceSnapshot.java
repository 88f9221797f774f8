package mlgrader.cohort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mlgrader.catalog.SourceFile;

/**
 * Java sources per challenge, kept as JSON in a cohort's output folder: a candidate's own files
 * ({@code candidates/<id>/sources.json}) or the starter stubs used as similarity base code ({@code base-code.json}).
 * They let {@code grader merge} check similarity over the whole cohort and show matched regions without the
 * submissions or the catalogue at hand.
 *
 * @param schemaVersion version of this file's form
 * @param challenges challenge id → its files, sorted by challenge id
 */
public record SourceSnapshot(int schemaVersion, Map<String, List<SourceFile>> challenges) {

  /** The current {@link #schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  public SourceSnapshot {
    TreeMap<String, List<SourceFile>> sorted = new TreeMap<>();
    challenges.forEach((id, files) -> sorted.put(id, List.copyOf(files)));
    challenges = java.util.Collections.unmodifiableMap(sorted);
  }

  /** A snapshot of the current schema. */
  public static SourceSnapshot of(Map<String, List<SourceFile>> challenges) {
    return new SourceSnapshot(SCHEMA_VERSION, challenges);
  }

  /** The files for a challenge; empty when there are none. */
  public List<SourceFile> filesOf(String challengeId) {
    return challenges.getOrDefault(challengeId, List.of());
  }

  void write(Writer out) throws IOException {
    MAPPER.writeValue(out, this);
    out.write("\n");
  }

  static SourceSnapshot read(Reader in) throws IOException {
    SourceSnapshot s = MAPPER.readValue(in, SourceSnapshot.class);
    if (s.schemaVersion() != SCHEMA_VERSION) {
      throw new IOException("sources snapshot of schema version " + s.schemaVersion() + "; this grader reads " + SCHEMA_VERSION);
    }
    return s;
  }
}
