package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON text against a JSON Schema (draft 2020-12, formats asserted) found on the test class path. */
public final class JsonSchemas {

  /** The canonical report's published schema. */
  public static final String REPORT = "/mlgrader/reporting/report.schema.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private JsonSchemas() {}

  /** The violations of the schema at {@code resource}, one readable line each; empty when the JSON conforms. */
  public static List<String> violations(String resource, String json) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + resource + " on the class path");
      }
      Schema schema = REGISTRY.getSchema(in);
      return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with every violation listed unless the JSON conforms. */
  public static void assertConforms(String resource, String json) {
    assertEquals(List.of(), violations(resource, json), json.length() > 4000 ? json.substring(0, 4000) + "…" : json);
  }
}
