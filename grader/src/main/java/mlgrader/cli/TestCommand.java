package mlgrader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.Audience;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.report.TestResult;
import mlgrader.reporting.Redaction;
import mlgrader.reporting.ReportFormat;
import mlgrader.submission.Submission;
import mlgrader.catalog.CandidateRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader test [<dir>]}: what a candidate runs locally — the public tests, through the real pipeline. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the public tests on a candidate repository through the grading pipeline (compile, API check, policy, sandbox).")
final class TestCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Parameters(paramLabel = "DIR", defaultValue = ".", description = "The candidate repository (default: the working directory).")
  Path dir;

  @Option(names = {"-c", "--challenge"}, paramLabel = "ID", description = "The challenge id (default: read from " + CandidateRepository.MARKER + ").")
  String challengeId;

  @Override
  public Integer call() throws Exception {
    Path repo = parent.environment().resolve(dir);
    String id = challengeId != null ? challengeId : marker(repo);
    Engine engine = catalogOption.engine(parent.environment());
    PreparedChallenge prepared = engine.prepare(engine.catalog().require(id));
    Submission s = engine.read(prepared, repo);
    ChallengeResult result = engine.grade(prepared, s, GradingMode.PUBLIC_ONLY);
    Report report = Redaction.forAudience(engine.report(s, List.of(result)), Audience.CANDIDATE);
    ReportFormat format = parent.environment().colorTerminal() ? ReportFormat.TEXT_COLOR : ReportFormat.TEXT;
    format.writer().write(report, parent.spec.commandLine().getOut());
    boolean allPassed = !result.tests().isEmpty() && result.tests().stream().allMatch(TestResult::passed);
    return allPassed ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
  }

  private static String marker(Path repo) throws BadInputException, java.io.IOException {
    Path marker = repo.resolve(CandidateRepository.MARKER);
    if (!Files.isRegularFile(marker)) {
      throw new BadInputException(repo + " has no " + CandidateRepository.MARKER + " file; pass --challenge <id>");
    }
    return Files.readString(marker).strip();
  }
}
