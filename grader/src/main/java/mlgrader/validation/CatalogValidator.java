package mlgrader.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.CandidateRepository;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.TempTree;
import mlgrader.catalog.ChallengeSpec.MutantSpec;
import mlgrader.catalog.SourceFile;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.grading.SubmissionGrader;
import mlgrader.report.ChallengeResult;
import mlgrader.report.GroupResult;
import mlgrader.report.Outcome;
import mlgrader.report.TestResult;
import mlgrader.submission.Submission;
import mlgrader.submission.SubmissionException;

/**
 * Runs every soundness check on a challenge with the grader itself: the same pipeline, sandbox and scoring that
 * grade candidates.
 */
public final class CatalogValidator {

  private static final double FULL = 100.0;

  private final Engine engine;

  public CatalogValidator(Engine engine) {
    this.engine = engine;
  }

  public ChallengeValidation validate(Challenge challenge) throws IOException, InterruptedException {
    List<Check> checks = new ArrayList<>();
    PreparedChallenge prepared;
    try {
      prepared = engine.prepare(challenge);
      checks.add(new Check("compiles (given API, reference, public and hidden suites)", true,
          prepared.expected().size() + " tests"));
    } catch (CatalogException e) {
      checks.add(new Check("compiles (given API, reference, public and hidden suites)", false, e.getMessage()));
      return new ChallengeValidation(challenge.id(), checks);
    }
    ChallengeResult reference = grade(prepared, challenge.hiddenDir().resolve("reference"), checks, "reference");
    if (reference != null) {
      checks.add(new Check("reference scores 100 %", isFull(reference), summary(reference)));
      ChallengeResult again = grade(prepared, challenge.hiddenDir().resolve("reference"), checks, "reference again");
      if (again != null) {
        checks.add(new Check("grading twice gives identical results", Determinism.sameVerdicts(reference, again),
            "compared every test's verdict, points and message"));
      }
    }
    for (MutantSpec m : challenge.spec().mutants()) {
      ChallengeResult r = grade(prepared, challenge.mutantDir(m.id()), checks, "mutant " + m.id());
      if (r != null) {
        Set<String> failing = failingGroups(r);
        boolean ok = r.outcome() == Outcome.GRADED && r.percent() < FULL && m.failsIn().stream().anyMatch(failing::contains);
        checks.add(new Check("mutant " + m.id() + " (" + m.description() + ") is caught in " + String.join(" or ", m.failsIn()), ok,
            summary(r) + "; failing groups " + failing));
      }
    }
    for (Path alternative : challenge.alternativeDirs()) {
      ChallengeResult r = grade(prepared, alternative, checks, "alternative " + alternative.getFileName());
      if (r != null) {
        checks.add(new Check("alternative " + alternative.getFileName() + " scores 100 %", isFull(r), summary(r)));
      }
    }
    checks.add(starterScoresZero(prepared, challenge));
    checks.add(bundleHoldsNothingHidden(challenge));
    return new ChallengeValidation(challenge.id(), checks);
  }

  private ChallengeResult grade(PreparedChallenge prepared, Path dir, List<Check> checks, String what)
      throws IOException, InterruptedException {
    try {
      Submission s = engine.read(prepared, dir);
      return engine.grade(prepared, s, GradingMode.FULL);
    } catch (SubmissionException e) {
      checks.add(new Check(what + " can be read", false, e.getMessage()));
      return null;
    }
  }

  private Check starterScoresZero(PreparedChallenge prepared, Challenge challenge) throws IOException, InterruptedException {
    String name = "the starter compiles and scores 0";
    Path scratch = Files.createTempDirectory("mlgrader-starter");
    try {
      for (SourceFile stub : challenge.stubSources()) {
        Files.writeString(scratch.resolve(stub.fileName()), stub.content());
      }
      ChallengeResult r = engine.grade(prepared, engine.read(prepared, scratch), GradingMode.FULL);
      boolean ok = r.outcome() == Outcome.GRADED && r.score() == 0
          && r.findings().stream().noneMatch(f -> f.kind() == mlgrader.report.Finding.Kind.SANDBOX
              && !f.message().equals(SubmissionGrader.PROCESS_ONLY_NOTICE));
      return new Check(name, ok, summary(r));
    } catch (SubmissionException e) {
      return new Check(name, false, e.getMessage());
    } finally {
      TempTree.delete(scratch);
    }
  }

  private Check bundleHoldsNothingHidden(Challenge challenge) throws IOException {
    String name = "the candidate bundle holds nothing hidden";
    Path scratch = Files.createTempDirectory("mlgrader-bundle");
    try {
      Path repo = scratch.resolve("repo");
      CandidateRepository.of(challenge).write(repo);
      Set<String> hiddenContents = new HashSet<>();
      Set<String> hiddenNames = new TreeSet<>();
      try (var walk = Files.walk(challenge.hiddenDir())) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          hiddenContents.add(Files.readString(p).strip());
          if (p.getFileName().toString().endsWith("Test.java")) {
            hiddenNames.add(p.getFileName().toString().replace(".java", ""));
          }
        }
      }
      List<String> leaks = new ArrayList<>();
      try (var walk = Files.walk(repo)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          String content = Files.readString(p);
          if (hiddenContents.contains(content.strip()) && !isStubCopy(challenge, content)) {
            leaks.add(repo.relativize(p) + " is a copy of a hidden file");
          }
          hiddenNames.stream().filter(content::contains).forEach(n -> leaks.add(repo.relativize(p) + " names " + n));
          if (p.getFileName().toString().equals("challenge.json")) {
            leaks.add(repo.relativize(p) + " is the challenge metadata");
          }
        }
      }
      return new Check(name, leaks.isEmpty(), leaks.isEmpty() ? "checked every file of a fresh `grader init`" : String.join("; ", leaks));
    } finally {
      TempTree.delete(scratch);
    }
  }

  private static boolean isStubCopy(Challenge challenge, String content) throws IOException {
    for (SourceFile stub : challenge.stubSources()) {
      if (stub.content().strip().equals(content.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFull(ChallengeResult r) {
    return r.outcome() == Outcome.GRADED && Math.abs(r.percent() - FULL) < 1e-9;
  }

  private static Set<String> failingGroups(ChallengeResult r) {
    return r.groups().stream().filter(g -> g.passed() < g.total()).map(GroupResult::name).collect(Collectors.toCollection(TreeSet::new));
  }

  static String summary(ChallengeResult r) {
    String s = String.format(java.util.Locale.ROOT, "%s, %.2f / %.0f", r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.score(), r.maxScore());
    List<String> failed = r.tests().stream().filter(t -> !t.passed() && t.maxPoints() > 0).map(TestResult::id).limit(6).toList();
    if (r.outcome() != Outcome.GRADED) {
      s += "; " + r.findings().stream().map(f -> f.message()).limit(3).collect(Collectors.joining("; "))
          + r.diagnostics().stream().filter(d -> d.severity().equals("error")).map(d -> d.render()).limit(3).collect(Collectors.joining("; "));
    }
    return failed.isEmpty() ? s : s + "; failed " + failed.stream().map(k -> k.substring(k.lastIndexOf('$') + 1)).toList();
  }
}
