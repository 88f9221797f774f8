package mlgrader.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.catalog.SourceFile;
import mlgrader.execution.ChildSource;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.AssessmentInfo;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Finding;
import mlgrader.report.Outcome;
import mlgrader.report.Report;
import mlgrader.report.SubmissionInfo;
import mlgrader.scoring.Scorer;
import mlgrader.submission.Submission;
import mlgrader.submission.SubmissionException;

/**
 * Grades one folder that answers several challenges into one report.
 *
 * <p>Each challenge has its own package, so the answers can share one source tree
 * ({@code src/main/java/challenge/<pkg>/…} or {@code challenge/<pkg>/…}); a folder named after the challenge
 * ({@code <dir>/<challenge-id>/…}, in any layout a single submission may have) is used instead when present. A
 * challenge with no sources of the candidate's, or only the untouched stub, is not attempted: 0 points, not an
 * error.
 */
public final class AssessmentGrader {

  private final Engine engine;

  public AssessmentGrader(Engine engine) {
    this.engine = engine;
  }

  /** The full (reviewer) report of the folder on the assessment. */
  public Report grade(AssessmentInfo assessment, Path folder)
      throws CatalogException, SubmissionException, IOException, InterruptedException {
    return grade(assessment, folder, null, new java.util.HashMap<>());
  }

  /**
   * The full (reviewer) report of the folder on the assessment, its tests run in children from {@code children} (e.g.
   * a cohort's pool of warm ones; null starts each on demand); the candidate's own sources of every attempted
   * challenge are put in {@code sources}, by challenge id.
   */
  public Report grade(AssessmentInfo assessment, Path folder, ChildSource children, Map<String, List<SourceFile>> sources)
      throws CatalogException, SubmissionException, IOException, InterruptedException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new SubmissionException(folder.getFileName() + " is not a folder; an assessment is graded from a folder (unpack a zip first)");
    }
    List<ChallengeResult> results = new ArrayList<>();
    StringBuilder answers = new StringBuilder();
    for (AssessmentInfo.WeightedChallenge wc : assessment.challenges()) {
      Challenge challenge = engine.catalog().require(wc.challengeId());
      PreparedChallenge prepared = engine.prepare(challenge);
      Path root = Files.isDirectory(folder.resolve(challenge.id()), LinkOption.NOFOLLOW_LINKS) ? folder.resolve(challenge.id()) : folder;
      if (!hasAnswer(root, root != folder, prepared)) {
        results.add(notAttempted(prepared, "no sources for this challenge (looked for src/main/java/"
            + challenge.spec().packagePath() + ", " + challenge.spec().packagePath() + " and " + challenge.id() + "/)"));
        continue;
      }
      Submission submission = engine.read(prepared, root);
      if (isStub(submission, challenge)) {
        results.add(notAttempted(prepared, "only the starter's untouched stub"));
        continue;
      }
      sources.put(challenge.id(), submission.sources());
      results.add(children == null ? engine.grade(prepared, submission, GradingMode.FULL)
          : engine.grade(prepared, submission, GradingMode.FULL, children));
      answers.append(challenge.id()).append(':').append(submission.sha256()).append('\n');
    }
    String label = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    return engine.report(new SubmissionInfo(label, sha256(answers.toString())), results).withAssessment(assessment);
  }

  /** Whether the challenge's package folder (or, in the challenge's own folder, the folder itself) holds a file of the candidate's. */
  private static boolean hasAnswer(Path root, boolean ownFolder, PreparedChallenge prepared) throws IOException {
    String packagePath = prepared.challenge().spec().packagePath();
    List<Path> places = new ArrayList<>(List.of(root.resolve("src/main/java").resolve(packagePath), root.resolve(packagePath)));
    if (ownFolder) {
      places.add(root);
    }
    Set<String> given = prepared.givenFiles().keySet();
    for (Path dir : places) {
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        try (var files = Files.list(dir)) {
          return files.map(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".java") && !given.contains(n));
        }
      }
    }
    return false;
  }

  private static boolean isStub(Submission submission, Challenge challenge) throws IOException {
    List<SourceFile> stubs = challenge.stubSources();
    return !stubs.isEmpty() && submission.sources().size() == stubs.size() && submission.sources().containsAll(stubs);
  }

  private static ChallengeResult notAttempted(PreparedChallenge prepared, String why) {
    ChallengeSpec spec = prepared.challenge().spec();
    Scorer.Score none = Scorer.score(spec, prepared.expected(), List.of());
    return new ChallengeResult(spec.id(), spec.title(), spec.section(), Outcome.NOT_ATTEMPTED, 0, none.max(), none.groups(),
        none.tests(), List.of(), List.of(new Finding(Finding.Kind.INPUT, "", "not attempted: " + why)), "none", 0);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
