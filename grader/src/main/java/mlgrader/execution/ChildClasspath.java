package mlgrader.execution;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jars (or class folders) the child JVM and the compilers need, found from where this JVM loaded marker
 * classes, so it works the same from the packaged jar, from Maven's test class path and from an IDE.
 */
public final class ChildClasspath {

  private static final List<String> RUNNER = List.of(
      "mlgrader.execution.child.ChildMain",
      "org.junit.platform.launcher.Launcher",
      "org.junit.platform.engine.TestEngine",
      "org.junit.platform.commons.util.ReflectionUtils",
      "org.junit.jupiter.engine.JupiterTestEngine",
      "org.junit.jupiter.api.Test",
      "org.junit.jupiter.params.ParameterizedTest",
      "org.opentest4j.AssertionFailedError",
      "org.apiguardian.api.API",
      "org.jspecify.annotations.Nullable");

  private static final List<String> TEST_COMPILE = List.of(
      "mlgrader.kit.Points",
      "org.junit.jupiter.api.Test",
      "org.junit.jupiter.params.ParameterizedTest",
      "org.junit.platform.commons.annotation.Testable",
      "org.opentest4j.AssertionFailedError",
      "org.apiguardian.api.API",
      "org.jspecify.annotations.Nullable");

  private static final List<String> LIBRARIES = List.of(
      "org.ejml.data.DMatrixRMaj",
      "org.ejml.dense.row.CommonOps_DDRM",
      "org.ejml.dense.row.CommonOps_FDRM",
      "org.ejml.dense.row.CommonOps_ZDRM",
      "org.ejml.dense.row.CommonOps_CDRM",
      "org.ejml.sparse.csc.CommonOps_DSCC",
      "org.ejml.sparse.csc.CommonOps_FSCC",
      "org.ejml.simple.SimpleMatrix",
      "pabeles.concurrency.ConcurrencyOps");

  private ChildClasspath() {}

  /** What the child JVM's own class path must hold: the grader's child code, JUnit and the kit. */
  public static List<Path> runner() {
    return locate(RUNNER);
  }

  /** What hidden and public tests compile against, besides the solution's classes and the libraries. */
  public static List<Path> testCompile() {
    return locate(TEST_COMPILE);
  }

  /** The libraries a submission may use (EJML). */
  public static List<Path> libraries() {
    return locate(LIBRARIES);
  }

  private static List<Path> locate(List<String> markers) {
    Set<Path> paths = new LinkedHashSet<>();
    for (String marker : markers) {
      try {
        CodeSource source = Class.forName(marker, false, ChildClasspath.class.getClassLoader()).getProtectionDomain().getCodeSource();
        if (source != null) {
          paths.add(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        }
      } catch (ClassNotFoundException e) {
        // An optional jar (apiguardian, jspecify, a sparse EJML module) that this build does not ship.
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the jar of " + marker, e);
      }
    }
    return new ArrayList<>(paths);
  }
}
