package mlgrader.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.Snippets;
import mlgrader.execution.ChildClasspath;
import mlgrader.report.Visibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.support.descriptor.MethodSource;

class SuiteReaderTest {

  private static final String SUITE =
      """
      package challenge.demo.hidden;

      import java.util.concurrent.TimeUnit;
      import java.util.stream.Stream;
      import mlgrader.kit.Points;
      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Nested;
      import org.junit.jupiter.api.RepeatedTest;
      import org.junit.jupiter.api.Test;
      import org.junit.jupiter.api.Timeout;
      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.CsvSource;
      import org.junit.jupiter.params.provider.MethodSource;

      @Timeout(7)
      class DemoHiddenTest {

        @Nested
        class Golden {
          @Test
          @Points(3)
          @DisplayName("small vector")
          void smallVector() {}

          @Test
          void plain() {}

          @Test
          @Timeout(value = 5, unit = TimeUnit.SECONDS)
          void slow() {}

          @Test
          @Timeout(value = 250, unit = TimeUnit.MILLISECONDS)
          void quick() {}

          @ParameterizedTest
          @CsvSource({"1, a", "2, b"})
          void scalars(int n, String s) {}

          @ParameterizedTest
          @MethodSource("matrices")
          @Timeout(9)
          void matrices(double[][] m, String[] names, java.util.List<Double> values) {}

          static Stream<Object[]> matrices() {
            return Stream.of();
          }

          void helperIsNotATest() {}
        }

        @Nested
        @Timeout(2)
        class EdgeCases {
          @Test
          @Points(2)
          void empty() {}

          @RepeatedTest(3)
          void repeated() {}
        }
      }
      """;

  private static ClassFiles compiled;
  private static Map<String, ExpectedTest> byKey;

  @BeforeAll
  static void readTheSuite() {
    compiled = Snippets.compile(ChildClasspath.testCompile(), ClassFiles.EMPTY, SUITE);
    byKey =
        SuiteReader.read(compiled.bytes(), Visibility.HIDDEN).stream()
            .collect(
                Collectors.toMap(
                    ExpectedTest::key, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  @Test
  void keysAreExactlyWhatJUnitsMethodSourceReportsForEveryTestMethod() throws Exception {
    ClassLoader loader = new InMemoryClassLoader(compiled.bytes(), getClass().getClassLoader());
    TreeMap<String, String> expected = new TreeMap<>();
    for (String name : compiled.names()) {
      for (Method m : Class.forName(name, false, loader).getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class)
            || m.isAnnotationPresent(ParameterizedTest.class)
            || m.isAnnotationPresent(RepeatedTest.class)) {
          MethodSource source = MethodSource.from(m);
          expected.put(
              source.getClassName()
                  + "#"
                  + source.getMethodName()
                  + "("
                  + source.getMethodParameterTypes()
                  + ")",
              m.getName());
        }
      }
    }
    assertEquals(8, expected.size(), expected.toString());
    assertEquals(expected.keySet(), byKey.keySet());
  }

  @Test
  void keyNamesTheNestedClassTheMethodAndItsParameterTypes() {
    assertTrue(
        byKey.containsKey("challenge.demo.hidden.DemoHiddenTest$Golden#smallVector()"),
        byKey.keySet().toString());
    assertTrue(
        byKey.containsKey(
            "challenge.demo.hidden.DemoHiddenTest$Golden#scalars(int, java.lang.String)"),
        byKey.keySet().toString());
  }

  @Test
  void theGroupIsTheNestedClassAndHelpersAreNotTests() {
    assertEquals(6, byKey.values().stream().filter(t -> t.group().equals("Golden")).count());
    assertEquals(2, byKey.values().stream().filter(t -> t.group().equals("EdgeCases")).count());
    assertTrue(byKey.keySet().stream().noneMatch(k -> k.contains("helperIsNotATest")));
    assertTrue(byKey.values().stream().allMatch(t -> t.visibility() == Visibility.HIDDEN));
  }

  @Test
  void pointsDefaultToOne() {
    assertEquals(3, test("smallVector").weight());
    assertEquals(1, test("plain").weight());
    assertEquals(2, test("empty").weight());
  }

  @Test
  void theDisplayNameIsTheNameAndTheMethodNameTheFallback() {
    assertEquals("small vector", test("smallVector").name());
    assertEquals("plain", test("plain").name());
  }

  @Test
  void aMethodTimeoutIsReadWithItsUnit() {
    assertEquals(5_000, test("slow").timeoutMillis());
    assertEquals(250, test("quick").timeoutMillis());
    assertEquals(9_000, test("matrices").timeoutMillis());
  }

  @Test
  void withoutItsOwnTimeoutATestTakesTheNearestClassTimeoutAsJUnitDoes() {
    assertEquals(2_000, test("empty").timeoutMillis(), "EdgeCases declares @Timeout(2)");
    assertEquals(
        7_000, test("plain").timeoutMillis(), "Golden inherits the outer class's @Timeout(7)");
  }

  @Test
  void publicTestsAreAllInThePublicGroup() {
    List<ExpectedTest> tests = SuiteReader.read(compiled.bytes(), Visibility.PUBLIC);
    assertTrue(
        tests.stream()
            .allMatch(
                t ->
                    t.group().equals(ExpectedTest.PUBLIC_GROUP)
                        && t.visibility() == Visibility.PUBLIC),
        tests.toString());
  }

  private static ExpectedTest test(String method) {
    return byKey.values().stream()
        .filter(t -> t.key().contains("#" + method + "("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test " + method + " in " + byKey.keySet()));
  }

  /** Defines the compiled suite so that reflection and JUnit's own MethodSource can look at it. */
  private static final class InMemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    InMemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
