package mlgrader.compilation;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Diagnostic;

/**
 * Compiles Java snippets for unit tests in memory; a snippet that does not compile fails the test
 * with javac's messages, so a typo in test data never passes for a grader bug.
 */
public final class Snippets {

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TYPE =
      Pattern.compile(
          "^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+(\\w+)",
          Pattern.MULTILINE);

  private Snippets() {}

  /** Compiles {@code sources} (each a whole file) against {@code classPath} plus {@code onPath}. */
  public static ClassFiles compile(List<Path> classPath, ClassFiles onPath, String... sources) {
    List<SourceFile> files = new ArrayList<>();
    for (String s : sources) {
      files.add(source(s));
    }
    CompilationOutput out = new InMemoryCompiler(classPath).compile(files, onPath);
    if (!out.succeeded()) {
      fail(
          "test snippet does not compile:\n"
              + out.errors().stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
    return out.classes();
  }

  /** The source as a file named after its package and first top-level type, as javac expects. */
  public static SourceFile source(String text) {
    Matcher pkg = PACKAGE.matcher(text);
    Matcher type = TYPE.matcher(text);
    if (!type.find()) {
      throw new IllegalArgumentException("no top-level type in:\n" + text);
    }
    String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
    return new SourceFile(dir + type.group(1) + ".java", text);
  }

  /** The 1-based line of the first occurrence of {@code marker} in {@code text}. */
  public static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("no '" + marker + "' in:\n" + text);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
