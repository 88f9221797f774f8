package mlgrader.compilation;

import java.util.List;
import java.util.Objects;
import mlgrader.report.Diagnostic;

/**
 * What javac made of a set of sources.
 *
 * @param classes the class files (empty when compilation failed)
 * @param diagnostics errors and warnings, in javac's order
 */
public record CompilationOutput(ClassFiles classes, List<Diagnostic> diagnostics) {

  public CompilationOutput {
    Objects.requireNonNull(classes, "classes");
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether javac reported no error. */
  public boolean succeeded() {
    return diagnostics.stream().noneMatch(d -> d.severity().equals("error"));
  }

  /** Only the errors. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity().equals("error")).toList();
  }
}
