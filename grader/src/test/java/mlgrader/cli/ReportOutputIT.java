package mlgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mlgrader.reporting.JsonSchemas;
import mlgrader.reporting.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format a,b,c --out-dir D}: every format from one run, each in its own file, nothing half-written. */
class ReportOutputIT {

  @Test
  void oneRunWritesEveryFormatToItsOwnFile(@TempDir Path dir) throws Exception {
    String all = String.join(",", ReportFormat.selectable().stream().map(ReportFormat::cliName).toList());
    Cli.Result r = Cli.grade("correct-with-helper", "--format", all, "--out-dir", dir.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertEquals("", r.out(), "with --out-dir nothing goes to standard output");
    for (ReportFormat f : ReportFormat.selectable()) {
      Path file = dir.resolve(f.fileName());
      assertTrue(Files.size(file) > 0, f + " wrote nothing");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(ReportFormat.selectable().size(), files.count(), "a temporary file was left behind");
    }
    assertTrue(Files.readString(dir.resolve("report.html")).contains("<!DOCTYPE html>"));
    assertTrue(Files.readString(dir.resolve("classroom.env")).startsWith("runners=toymeanPublic,"));
    assertTrue(Files.readString(dir.resolve("TEST-mlgrader.xml")).contains("<testsuite name=\"ml-grader.toy-mean\""));
    JsonSchemas.assertConforms(JsonSchemas.REPORT, Files.readString(dir.resolve("report.json")));
  }

  @Test
  void severalFormatsWithoutAFolderAreRefused() {
    Cli.Result r = Cli.grade("correct-with-helper", "--format", "json,html");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("several formats need --out-dir DIR"), r.err());
  }

  @Test
  void anUnknownFormatListsTheKnownOnes() {
    Cli.Result r = Cli.grade("correct-with-helper", "--format", "pdf");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("unknown format 'pdf' (use json, text, md, html, junit, classroom, gradescope, exercism, prairielearn)"), r.err());
  }

  @Test
  void outAndOutDirTogetherAreRefused(@TempDir Path dir) {
    Cli.Result r = Cli.grade("correct-with-helper", "--out", dir.resolve("a.json").toString(), "--out-dir", dir.toString());
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("either --out FILE or --out-dir DIR"), r.err());
  }

  @Test
  void eachFormatCanBeChosenAloneForStandardOutput() {
    for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.GRADESCOPE, ReportFormat.CLASSROOM)) {
      Cli.Result r = Cli.grade("correct-with-helper", "--format", f.cliName());
      assertEquals(ExitCode.OK, r.code(), r.err());
      assertTrue(!r.out().isBlank(), f + " printed nothing");
    }
  }
}
