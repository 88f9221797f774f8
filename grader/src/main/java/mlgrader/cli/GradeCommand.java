package mlgrader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.catalog.Challenge;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.submission.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader grade <submission> --challenge <id>}: the real grade, public and hidden tests. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = "Grade a submission (a folder of .java files, a zip, or a candidate repository) with the public and hidden tests.")
final class GradeCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Mixin
  ReportOptions reportOptions;

  @Parameters(paramLabel = "SUBMISSION", description = "Folder, .zip or candidate repository.")
  Path submission;

  @Option(names = {"-c", "--challenge"}, paramLabel = "ID", required = true, description = "The challenge id.")
  String challengeId;

  @Option(names = "--fail-under", paramLabel = "PERCENT",
      description = "Exit with code 1 when the score is below PERCENT (0-100).")
  Double failUnder;

  @Override
  public Integer call() throws Exception {
    if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
      throw new BadInputException("--fail-under must be between 0 and 100");
    }
    Engine engine = catalogOption.engine(parent.environment());
    Challenge challenge = engine.catalog().require(challengeId);
    PreparedChallenge prepared = engine.prepare(challenge);
    Submission s = engine.read(prepared, parent.environment().resolve(submission));
    ChallengeResult result = engine.grade(prepared, s, GradingMode.FULL);
    Report report = engine.report(s, List.of(result));
    reportOptions.write(report, parent.spec.commandLine().getOut(), parent.environment());
    return failUnder != null && report.percent() < failUnder ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
  }
}
