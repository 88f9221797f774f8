package mlgrader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mlgrader.assessment.AssessmentGrader;
import mlgrader.assessment.AssessmentLoader;
import mlgrader.catalog.Challenge;
import mlgrader.grading.Engine;
import mlgrader.grading.GradingMode;
import mlgrader.grading.PreparedChallenge;
import mlgrader.report.ChallengeResult;
import mlgrader.report.Report;
import mlgrader.submission.Submission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code grader grade <submission> --challenge <id> | --assessment <name>}: the real grade, public and hidden tests. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grade a submission (a folder of .java files, a zip, or a candidate repository) with the public and hidden tests.",
        "With --assessment, grade a folder that answers several challenges (one source tree, or one sub-folder per "
            + "challenge id) into one report with a weighted total; a challenge without an answer scores 0."})
final class GradeCommand implements Callable<Integer> {

  @ParentCommand
  GraderCommand parent;

  @Mixin
  CatalogOption catalogOption;

  @Mixin
  ReportOptions reportOptions;

  @Parameters(paramLabel = "SUBMISSION", description = "Folder, .zip or candidate repository (a folder for --assessment).")
  Path submission;

  @ArgGroup(multiplicity = "1")
  What what;

  /** Exactly one of a challenge or an assessment. */
  static final class What {
    @Option(names = {"-c", "--challenge"}, paramLabel = "ID", required = true, description = "The challenge id (see 'grader list').")
    String challengeId;

    @Option(names = {"-a", "--assessment"}, paramLabel = "NAME", required = true,
        description = "An assessment in challenges/assessments/NAME.json: several challenges with weights.")
    String assessment;
  }

  @Option(names = "--fail-under", paramLabel = "PERCENT",
      description = "Exit with code 1 when the score (the weighted total for an assessment) is below PERCENT (0-100).")
  Double failUnder;

  @Override
  public Integer call() throws Exception {
    if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
      throw new BadInputException("--fail-under must be between 0 and 100");
    }
    Engine engine = catalogOption.engine(parent.environment());
    Path input = parent.environment().resolve(submission);
    Report report;
    if (what.assessment != null) {
      report = new AssessmentGrader(engine).grade(AssessmentLoader.load(engine.catalog(), what.assessment), input);
    } else {
      Challenge challenge = engine.catalog().require(what.challengeId);
      PreparedChallenge prepared = engine.prepare(challenge);
      Submission s = engine.read(prepared, input);
      ChallengeResult result = engine.grade(prepared, s, GradingMode.FULL);
      report = engine.report(s, List.of(result));
    }
    reportOptions.write(report, parent.spec.commandLine().getOut(), parent.environment());
    return failUnder != null && report.percent() < failUnder ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
  }
}
