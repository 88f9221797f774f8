package mlgrader.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.report.ReportSignature.SectionDigest;

/**
 * Cuts a report into the sections a signature covers and hashes each: {@code report} (schema version, time,
 * audience), {@code grader} (version and catalogue hash), {@code submission} (label, hash and seed),
 * {@code assessment}, {@code results} (which challenges, in which order) and one {@code results/<id>} per challenge.
 * Any change to a report's content changes exactly the digests of the sections it touches.
 *
 * <p>A section's digest is SHA-256 over its canonical JSON: keys sorted, no white space, numbers as Jackson
 * writes them (the shortest form that reads back to the same double), so it survives a JSON round trip.
 */
public final class ReportManifest {

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private ReportManifest() {}

  /** The digest of every section, in a fixed order. */
  public static List<SectionDigest> digests(Report report) {
    List<SectionDigest> digests = new ArrayList<>();
    sections(report).forEach((name, content) -> digests.add(new SectionDigest(name, sha256(canonical(content)))));
    return digests;
  }

  /** The bytes an Ed25519 signature is made over: the algorithm, the key id and the digests, canonically. */
  static byte[] signedBytes(String algorithm, String keyId, List<SectionDigest> digests) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("algorithm", algorithm);
    manifest.put("keyId", keyId);
    manifest.put("sections", digests);
    return canonical(manifest);
  }

  /** A reader's description of a section. */
  static String describe(String section) {
    if (section.startsWith("results/")) {
      return "the result of challenge " + section.substring("results/".length()) + " (its score, groups, tests or findings)";
    }
    return switch (section) {
      case "report" -> "the report header (schema version, time or audience)";
      case "grader" -> "the grader and catalogue (grader version or catalogue hash)";
      case "submission" -> "the submission (its label, hash or seed)";
      case "assessment" -> "the assessment (its challenges, weights or time limit)";
      case "results" -> "the list of challenges (one was added, removed or moved)";
      default -> "section " + section;
    };
  }

  private static Map<String, Object> sections(Report report) {
    Map<String, Object> sections = new LinkedHashMap<>();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("schemaVersion", report.schemaVersion());
    header.put("generatedAt", report.generatedAt());
    header.put("audience", report.audience());
    sections.put("report", header);
    sections.put("grader", report.grader());
    Map<String, Object> submission = new LinkedHashMap<>();
    submission.put("label", report.submission().label());
    submission.put("sha256", report.submission().sha256());
    submission.put("seed", report.seed());
    sections.put("submission", submission);
    sections.put("assessment", report.assessment());
    sections.put("results", report.results().stream().map(ChallengeResult::challengeId).toList());
    for (ChallengeResult r : report.results()) {
      sections.put("results/" + r.challengeId(), r);
    }
    return sections;
  }

  private static byte[] canonical(Object value) {
    try {
      return CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report section cannot be written as JSON", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
