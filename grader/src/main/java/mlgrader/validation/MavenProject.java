package mlgrader.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.SourceFile;
import mlgrader.submission.Submission;

/**
 * Writes the plain Maven project equivalent to grading a submission: the candidate's pom, the given and submitted
 * sources, the public and hidden suites, the reference as the oracle (its package rewritten to
 * {@code <package>.oracle}) and the kit from the grader's jar. The benchmark times {@code mvn test} on it; mutation
 * testing runs PIT on it.
 */
public final class MavenProject {

  private MavenProject() {}

  /** Writes the project into the empty folder {@code dir}. */
  public static void write(Challenge challenge, Submission submission, Path repoSkeleton, Path graderJar, Path dir)
      throws IOException {
    write(challenge, submission, repoSkeleton, graderJar, dir, "");
  }

  /** Writes the project with {@code plugins} (XML, may be empty) added to its build plugins. */
  public static void write(Challenge challenge, Submission submission, Path repoSkeleton, Path graderJar, Path dir,
      String plugins) throws IOException {
    String pom = Files.readString(repoSkeleton.resolve("pom.xml"))
        .replace("    </plugins>", plugins + "    </plugins>")
        .replace("@CHALLENGE_ID@", challenge.id())
        .replace("@CHALLENGE_TITLE@", "baseline")
        .replace("  </dependencies>", """
                <dependency>
                  <groupId>dev.mlgrader</groupId>
                  <artifactId>grader-kit</artifactId>
                  <version>0</version>
                  <scope>system</scope>
                  <systemPath>%s</systemPath>
                </dependency>
              </dependencies>""".formatted(graderJar.toAbsolutePath()));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), pom);
    write(dir.resolve("src/main/java"), challenge.givenSources());
    write(dir.resolve("src/main/java"), submission.sources());
    write(dir.resolve("src/test/java"), challenge.publicTestSources());
    write(dir.resolve("src/test/java"), challenge.hiddenTestSources());
    String pkg = challenge.spec().packageName();
    String pkgPath = challenge.spec().packagePath();
    for (SourceFile ref : challenge.referenceSources()) {
      String oracle = ref.content().replaceFirst("package\\s+" + pkg.replace(".", "\\.") + "\\s*;",
          "package " + pkg + ".oracle;\nimport " + pkg + ".*;");
      write(dir.resolve("src/test/java"), List.of(new SourceFile(pkgPath + "/oracle/" + ref.fileName(), oracle)));
    }
  }

  private static void write(Path root, List<SourceFile> files) throws IOException {
    for (SourceFile f : files) {
      Path out = root.resolve(f.path());
      Files.createDirectories(out.getParent());
      Files.writeString(out, f.content());
    }
  }
}
