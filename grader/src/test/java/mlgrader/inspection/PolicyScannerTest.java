package mlgrader.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.Snippets;
import mlgrader.execution.ChildClasspath;
import mlgrader.report.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Compiles small candidate classes with javac and scans them with the standard policy: every way
 * out of the sandbox must be a POLICY finding at {@code class.method (line N)}, and ordinary code
 * must produce none.
 */
class PolicyScannerTest {

  private static final String PACKAGE = "challenge.demo";
  private static final String API =
      """
      package challenge.demo;

      /** The given API of the pretend challenge. */
      public interface Model {
        double predict(double[] x);
      }
      """;
  private static final Set<String> GIVEN = Set.of("challenge.demo.Model");

  /** One expected finding: where, and the start of its message. */
  record Expected(String location, String message) {}

  /**
   * A candidate class (binary name, whole source) and the findings it must produce among others.
   */
  record Case(String className, String source, List<Expected> expected) {
    @Override
    public String toString() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }

  private static ClassFiles compiled;
  private static ClassFiles corpus;

  @BeforeAll
  static void compile() {
    List<String> sources = new ArrayList<>(List.of(API));
    violationCases().forEach(c -> sources.add(c.source()));
    sources.add(DEDUP);
    sources.add(USES_HELPER);
    sources.add(HELPER);
    sources.add(USES_QR);
    sources.addAll(NoFalsePositiveCorpus.SOURCES);
    // One javac run for everything keeps the suite fast; each case is then scanned on its own.
    ClassFiles all =
        Snippets.compile(
            ChildClasspath.libraries(), ClassFiles.EMPTY, sources.toArray(String[]::new));
    Set<String> clean =
        NoFalsePositiveCorpus.SOURCES.stream()
            .map(s -> Snippets.source(s).simpleName())
            .map(simple -> PACKAGE + "." + simple)
            .collect(Collectors.toSet());
    corpus = all.filter(n -> clean.contains(n.contains("$") ? n.substring(0, n.indexOf('$')) : n));
    compiled = all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violationCases")
  void everyWayOutOfTheSandboxIsAPolicyFindingAtItsMethodAndLine(Case c) {
    List<Finding> findings = scan(BytecodePolicy.standard(), compiled, c.className());
    for (Expected e : c.expected()) {
      assertTrue(
          findings.stream()
              .anyMatch(
                  f ->
                      f.kind() == Finding.Kind.POLICY
                          && f.location().equals(e.location())
                          && f.message().startsWith(e.message())),
          "expected " + e + " among\n" + render(findings));
    }
  }

  @Test
  void ordinaryCodeProducesNoFinding() {
    List<Finding> findings =
        new PolicyScanner(BytecodePolicy.standard()).scan(corpus.bytes(), PACKAGE, GIVEN);
    assertEquals("", render(findings));
    assertTrue(corpus.names().size() > 10, "the corpus compiled to " + corpus.names());
  }

  @Test
  void theSameCallTwiceOnALineIsOneFinding() {
    List<Finding> findings = scan(BytecodePolicy.standard(), compiled, "challenge.demo.Twice");
    int line = Snippets.lineOf(DEDUP, "System.exit(1)");
    assertEquals(
        1,
        count(
            findings,
            "challenge.demo.Twice.sameLine (line " + line + ")",
            "uses java.lang.System.exit"),
        render(findings));
  }

  @Test
  void aCallInAFinallyBlockThatJavacCopiesIsOneFinding() {
    assertTrue(
        callsIn(compiled, "challenge.demo.Twice", "inFinally", "exit") >= 2,
        "javac should have copied the finally block; the test no longer exercises deduplication");
    List<Finding> findings = scan(BytecodePolicy.standard(), compiled, "challenge.demo.Twice");
    int line = Snippets.lineOf(DEDUP, "System.exit(2)");
    assertEquals(
        1,
        count(
            findings,
            "challenge.demo.Twice.inFinally (line " + line + ")",
            "uses java.lang.System.exit"),
        render(findings));
  }

  @Test
  void aClassOfThePackageThatIsNeitherSubmittedNorGivenIsReported() {
    List<Finding> findings = scan(BytecodePolicy.standard(), compiled, "challenge.demo.UsesHelper");
    int line = Snippets.lineOf(USES_HELPER, "Helper.twice");
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.location().equals("challenge.demo.UsesHelper.run (line " + line + ")")
                        && f.message()
                            .equals(
                                "uses challenge.demo.Helper.twice(double): no such class in the"
                                    + " challenge package")),
        render(findings));
  }

  @Test
  void aPerChallengeDenyRuleAddsToTheStandardPolicy() {
    String qr = "org/ejml/dense/row/factory/DecompositionFactory_DDRM";
    assertEquals(
        "",
        render(scan(BytecodePolicy.standard(), compiled, "challenge.demo.UsesQr")),
        "the standard policy allows EJML's decompositions");
    List<Finding> findings =
        scan(
            BytecodePolicy.standard().withDenied(List.of(qr), "implement QR yourself"),
            compiled,
            "challenge.demo.UsesQr");
    int line = Snippets.lineOf(USES_QR, "DecompositionFactory_DDRM.qr");
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.location().equals("challenge.demo.UsesQr.run (line " + line + ")")
                        && f.message()
                            .equals(
                                "uses org.ejml.dense.row.factory.DecompositionFactory_DDRM.qr():"
                                    + " implement QR yourself")),
        render(findings));
  }

  static Stream<Case> violationCases() {
    return Stream.of(
        inRun("ExitCall", "System.exit(1);", "java.lang.System.exit(int)"),
        inRun("RuntimeCall", "Runtime.getRuntime().gc();", "java.lang.Runtime.getRuntime()"),
        inRun(
            "EnvCall", "String home = System.getenv(\"HOME\");", "java.lang.System.getenv(String)"),
        inRun(
            "PropertyCall",
            "String dir = System.getProperty(\"user.dir\");",
            "java.lang.System.getProperty(String)"),
        inRun(
            "SetOutCall",
            "System.setOut(System.err);",
            "java.lang.System.setOut(java.io.PrintStream)"),
        inRun(
            "ForNameCall",
            "Class<?> c = Class.forName(\"java.lang.String\");",
            "java.lang.Class.forName(String)"),
        inRun(
            "DeclaredFieldCall",
            "Object f = String.class.getDeclaredField(\"value\");",
            "java.lang.Class.getDeclaredField(String)"),
        inRun(
            "SetAccessibleCall",
            "java.lang.reflect.Field f = null; f.setAccessible(true);",
            "java.lang.reflect.Field.setAccessible(boolean)"),
        inRun(
            "ClassLoaderOfAClass",
            "ClassLoader l = getClass().getClassLoader();",
            "java.lang.Class.getClassLoader()"),
        inRun(
            "LookupCall",
            "Object lookup = java.lang.invoke.MethodHandles.lookup();",
            "java.lang.invoke.MethodHandles.lookup()"),
        inRun(
            "NewThread",
            "new Thread(() -> {}).start();",
            "java.lang.Thread.<init>(Runnable)",
            "java.lang.Thread.start()"),
        threadSubclass(),
        inRun(
            "ExecutorCall",
            "java.util.concurrent.ExecutorService pool ="
                + " java.util.concurrent.Executors.newFixedThreadPool(2);",
            "java.util.concurrent.Executors.newFixedThreadPool(int)"),
        inRun(
            "FutureCall",
            "java.util.concurrent.CompletableFuture.runAsync(() -> {});",
            "java.util.concurrent.CompletableFuture.runAsync(Runnable)"),
        inRun(
            "ParallelStreamCall",
            "long n = new ArrayList<Integer>().parallelStream().count();",
            "java.util.ArrayList.parallelStream()"),
        inRun(
            "ParallelCall",
            "int s = IntStream.range(0, 10).parallel().sum();",
            "java.util.stream.IntStream.parallel()"),
        inRun(
            "ParallelSortCall",
            "Arrays.parallelSort(new double[3]);",
            "java.util.Arrays.parallelSort(double[])"),
        inRun(
            "StackTraceCall",
            "Object[] frames = new Throwable().getStackTrace();",
            "java.lang.Throwable.getStackTrace()"),
        inRun(
            "StackTraceIntoAString",
            "java.io.StringWriter w = new java.io.StringWriter(); new"
                + " Throwable().printStackTrace(new java.io.PrintWriter(w));",
            "java.lang.Throwable.printStackTrace(java.io.PrintWriter)"),
        inRun(
            "StackTraceIntoBytes",
            "var bytes = new java.io.ByteArrayOutputStream(); new Exception().printStackTrace(new"
                + " java.io.PrintStream(bytes));",
            "java.lang.Exception.printStackTrace(java.io.PrintStream)"),
        inRun(
            "WalkerCall",
            "long depth = StackWalker.getInstance().walk(s -> s.count());",
            "java.lang.StackWalker.getInstance()"),
        inRun(
            "ReadFileCall",
            "String s = java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));",
            "java.nio.file.Files.readString(java.nio.file.Path)"),
        inRun(
            "FileStreamCall",
            "new java.io.FileInputStream(\"x\").close();",
            "java.io.FileInputStream.<init>(String)"),
        inRun(
            "NewFile",
            "boolean there = new java.io.File(\"x\").exists();",
            "java.io.File.<init>(String)"),
        inRun(
            "PrintStreamToFile",
            "new java.io.PrintStream(\"out.txt\").println();",
            "java.io.PrintStream.<init>(String): this constructor opens a file"),
        inRun(
            "SocketUse",
            "new java.net.Socket(\"localhost\", 80).close();",
            "java.net.Socket.<init>(String, int)"),
        inRun(
            "UrlUse",
            "Object in = new java.net.URL(\"http://example.com\").openStream();",
            "java.net.URL.<init>(String)"),
        inRun(
            "LoaderUse",
            "ClassLoader l = ClassLoader.getSystemClassLoader();",
            "java.lang.ClassLoader.getSystemClassLoader()"),
        inRun(
            "ProcessUse",
            "new ProcessBuilder(\"ls\").start();",
            "java.lang.ProcessBuilder.<init>(String[])"),
        inRun(
            "ExitReference",
            "java.util.function.IntConsumer exit = System::exit; exit.accept(0);",
            "java.lang.System.exit(int)"),
        inRun(
            "MultiThreadedEjml",
            "var a = new org.ejml.data.DMatrixRMaj(2, 2);"
                + " org.ejml.dense.row.CommonOps_MT_DDRM.mult(a, a, new"
                + " org.ejml.data.DMatrixRMaj(2, 2));",
            "org.ejml.dense.row.CommonOps_MT_DDRM.mult("),
        inRun(
            "EjmlConcurrencyUse",
            "org.ejml.concurrency.EjmlConcurrency.setMaxThreads(4);",
            "org.ejml.concurrency.EjmlConcurrency.setMaxThreads(int)"),
        nested(),
        finalizer(),
        outside("elsewhere", "Outsider", "the package elsewhere"),
        outside("challenge.demo.sub", "Deeper", "the package challenge.demo.sub"));
  }

  /** A class whose {@code run()} holds {@code statement} on a line of its own. */
  private static Case inRun(String name, String statement, String... whats) {
    String source =
        """
        package challenge.demo;

        import java.util.*;
        import java.util.stream.*;

        public class %s {
          public void run() throws Exception {
            %s
          }
        }
        """
            .formatted(name, statement);
    String location =
        PACKAGE + "." + name + ".run (line " + Snippets.lineOf(source, statement) + ")";
    return new Case(
        PACKAGE + "." + name,
        source,
        Stream.of(whats).map(w -> new Expected(location, "uses " + w)).toList());
  }

  private static Case threadSubclass() {
    String source =
        """
        package challenge.demo;

        public class Spawner extends Thread {
          @Override
          public void run() {}

          public void go() {
            this.start();
          }
        }
        """;
    return new Case(
        PACKAGE + ".Spawner",
        source,
        List.of(
            new Expected("challenge.demo.Spawner", "uses java.lang.Thread as a superclass"),
            new Expected(
                "challenge.demo.Spawner.go (line " + Snippets.lineOf(source, "this.start") + ")",
                "uses java.lang.Thread.start()")));
  }

  private static Case nested() {
    String source =
        """
        package challenge.demo;

        public class Outer {
          static class Inner {
            void run() {
              Runnable r = () -> Runtime.getRuntime().halt(0);
              System.exit(0);
            }
          }
        }
        """;
    return new Case(
        PACKAGE + ".Outer",
        source,
        List.of(
            new Expected(
                "challenge.demo.Outer.Inner.run (line "
                    + Snippets.lineOf(source, "System.exit")
                    + ")",
                "uses java.lang.System.exit(int)"),
            new Expected(
                "challenge.demo.Outer.Inner.lambda$run$0 (line "
                    + Snippets.lineOf(source, "halt")
                    + ")",
                "uses java.lang.Runtime.getRuntime()")));
  }

  private static Case finalizer() {
    String source =
        """
        package challenge.demo;

        public class Finalizer {
          @Override
          @SuppressWarnings({"deprecation", "removal"})
          protected void finalize() {}
        }
        """;
    return new Case(
        PACKAGE + ".Finalizer",
        source,
        List.of(new Expected("challenge.demo.Finalizer.finalize", "uses a finalizer")));
  }

  private static Case outside(String pkg, String name, String what) {
    String source = "package " + pkg + ";\n\npublic class " + name + " {}\n";
    return new Case(
        pkg + "." + name, source, List.of(new Expected(pkg + "." + name, "uses " + what)));
  }

  private static final String DEDUP =
      """
      package challenge.demo;

      public class Twice {
        void sameLine() {
          System.exit(1); System.exit(1);
        }

        void inFinally(Runnable r) {
          try {
            r.run();
          } finally {
            System.exit(2);
          }
        }
      }
      """;

  private static final String HELPER =
      """
      package challenge.demo;

      public class Helper {
        public static double twice(double x) {
          return 2 * x;
        }
      }
      """;

  private static final String USES_HELPER =
      """
      package challenge.demo;

      public class UsesHelper {
        double run() {
          return Helper.twice(1);
        }
      }
      """;

  private static final String USES_QR =
      """
      package challenge.demo;

      import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

      public class UsesQr {
        boolean run() {
          return DecompositionFactory_DDRM.qr().decompose(new org.ejml.data.DMatrixRMaj(2, 2));
        }
      }
      """;

  /** The classes of one top-level candidate class, scanned on their own. */
  private static List<Finding> scan(BytecodePolicy policy, ClassFiles all, String className) {
    ClassFiles mine = all.filter(n -> n.equals(className) || n.startsWith(className + "$"));
    assertTrue(mine.names().contains(className), "not compiled: " + className);
    return new PolicyScanner(policy).scan(mine.bytes(), PACKAGE, GIVEN);
  }

  private static long count(List<Finding> findings, String location, String messageStart) {
    return findings.stream()
        .filter(f -> f.location().equals(location) && f.message().startsWith(messageStart))
        .count();
  }

  private static int callsIn(ClassFiles classes, String className, String method, String callee) {
    ClassNode node = new ClassNode();
    new ClassReader(classes.get(className)).accept(node, 0);
    int n = 0;
    for (MethodNode m : node.methods) {
      if (m.name.equals(method)) {
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof MethodInsnNode call && call.name.equals(callee)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static String render(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.kind() + " " + f.location() + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }
}
