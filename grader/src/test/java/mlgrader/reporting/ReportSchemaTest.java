package mlgrader.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.KeyPair;
import java.util.List;
import mlgrader.report.Audience;
import mlgrader.report.Report;
import mlgrader.signing.Ed25519Keys;
import mlgrader.signing.ReportSigner;
import org.junit.jupiter.api.Test;

/** The canonical JSON matches its published schema ({@code mlgrader/reporting/report.schema.json}), signed or not. */
class ReportSchemaTest {

  @Test
  void everyKindOfReportConformsToThePublishedSchema() throws Exception {
    KeyPair keys = Ed25519Keys.generate();
    for (Report report : List.of(SampleReports.report(SampleReports.toyMean(), SampleReports.toyMean()), ReportFixtures.assessment(),
        ReportFixtures.hostile(), Redaction.forAudience(ReportFixtures.withSecrets(), Audience.CANDIDATE),
        new ReportSigner(keys.getPrivate()).sign(ReportFixtures.assessment()))) {
      JsonSchemas.assertConforms(JsonSchemas.REPORT, Rendered.raw(ReportFormat.JSON, report));
    }
  }

  @Test
  void theSchemaRejectsAReportWithAnUnknownOutcomeOrAMissingSeed() {
    String json = Rendered.raw(ReportFormat.JSON, ReportFixtures.assessment());
    assertFalse(JsonSchemas.violations(JsonSchemas.REPORT, json.replace("\"GRADED\"", "\"PERFECT\"")).isEmpty());
    assertFalse(JsonSchemas.violations(JsonSchemas.REPORT, json.replaceFirst("\"seed\" : \\d+,", "")).isEmpty());
    assertFalse(JsonSchemas.violations(JsonSchemas.REPORT, json.replaceFirst("\"audience\"", "\"audiance\"")).isEmpty());
  }
}
