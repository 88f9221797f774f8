package mlgrader.compilation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import mlgrader.catalog.SourceFile;
import mlgrader.execution.ChildClasspath;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {

  private static final String API =
      """
      package challenge.demo;

      public interface Model {
        double predict(double[] x);
      }
      """;

  private static final String IMPL =
      """
      package challenge.demo;

      public class ModelImpl implements Model {
        @Override
        public double predict(double[] x) {
          return x.length;
        }
      }
      """;

  @Test
  void aSyntaxErrorIsReportedAsFileLineAndColumn() {
    String broken =
        """
        package challenge.demo;

        public class Broken {
          int f() {
            int x = 1
            return x;
          }
        }
        """;
    CompilationOutput out =
        new InMemoryCompiler(List.of()).compile(List.of(Snippets.source(broken)), ClassFiles.EMPTY);
    assertFalse(out.succeeded());
    assertEquals(Set.of(), out.classes().names(), "no classes from a failed compilation");
    int line = Snippets.lineOf(broken, "int x = 1");
    String text = broken.lines().toList().get(line - 1);
    int columnAfterOne = text.indexOf("= 1") + 4;
    assertEquals(
        "challenge/demo/Broken.java:" + line + ":" + columnAfterOne + ": error: ';' expected",
        out.errors().get(0).render());
  }

  @Test
  void compiledClassesAreKeyedByBinaryNameIncludingNestedOnes() {
    String outer =
        """
        package challenge.demo;

        public class Outer {
          static class Inner {}

          Runnable r = new Runnable() {
            public void run() {}
          };
        }
        """;
    ClassFiles classes = Snippets.compile(List.of(), ClassFiles.EMPTY, outer);
    assertEquals(
        Set.of("challenge.demo.Outer", "challenge.demo.Outer$Inner", "challenge.demo.Outer$1"),
        classes.names());
  }

  @Test
  void classesGivenInMemoryAreVisibleToTheCompiledSourceAndNotRecompiled() throws Exception {
    ClassFiles api = Snippets.compile(List.of(), ClassFiles.EMPTY, API);
    CompilationOutput out =
        new InMemoryCompiler(List.of()).compile(List.of(Snippets.source(IMPL)), api);
    assertTrue(out.succeeded(), out.errors().toString());
    assertEquals(Set.of("challenge.demo.ModelImpl"), out.classes().names());
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = api.plus(out.classes()).get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    Object model = loader.loadClass("challenge.demo.ModelImpl").getConstructor().newInstance();
    assertTrue(loader.loadClass("challenge.demo.Model").isInstance(model));
  }

  @Test
  void withoutTheInMemoryClassesTheSameSourceDoesNotCompile() {
    CompilationOutput out =
        new InMemoryCompiler(List.of()).compile(List.of(Snippets.source(IMPL)), ClassFiles.EMPTY);
    assertFalse(out.succeeded());
    assertTrue(
        out.errors().get(0).message().contains("cannot find symbol"), out.errors().toString());
  }

  @Test
  void jarsOnTheClassPathAreVisible() {
    String usesEjml =
        """
package challenge.demo;

public class UsesEjml {
  double trace() {
    return org.ejml.dense.row.CommonOps_DDRM.trace(org.ejml.dense.row.CommonOps_DDRM.identity(3));
  }
}
""";
    SourceFile source = Snippets.source(usesEjml);
    assertTrue(
        new InMemoryCompiler(ChildClasspath.libraries())
            .compile(List.of(source), ClassFiles.EMPTY)
            .succeeded());
    assertFalse(
        new InMemoryCompiler(List.of()).compile(List.of(source), ClassFiles.EMPTY).succeeded());
  }
}
