package mlgrader.compilation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mlgrader.report.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each case is a submission in a package of its own ({@code challenge.<case>}) with its own copy of
 * the API, reference and tests, so that three javac runs cover every case.
 */
class ApiConformanceTest {

  private static final String API =
      """
      package %s;

      public interface Model {
        double predict(double[] x);
      }
      """;

  private static final String REFERENCE =
      """
      package %s;

      public class ModelImpl implements Model {
        public void fit(double[][] x, int[] y) {}

        @Override
        public double predict(double[] x) {
          return 0;
        }
      }
      """;

  private static final String TESTS =
      """
      package %s;

      class ModelCalls {
        double use() {
          ModelImpl m = new ModelImpl();
          m.fit(new double[][] {{1}}, new int[] {0});
          return m.predict(new double[] {1});
        }
      }
      """;

  /** Case name → the candidate's sources besides the API. */
  private static final Map<String, List<String>> CASES = new LinkedHashMap<>();

  static {
    CASES.put("conforming", List.of(REFERENCE));
    CASES.put(
        "inherited",
        List.of(
            """
            package %s;

            public abstract class Base implements Model {
              public void fit(double[][] x, int[] y) {}
            }
            """,
            """
            package %s;

            public class ModelImpl extends Base {
              @Override
              public double predict(double[] x) {
                return 1;
              }
            }
            """));
    CASES.put("missing", List.of("package %s;\n\npublic class Other {}\n"));
    CASES.put("abstractclass", List.of(REFERENCE.replace("public class", "public abstract class")));
    CASES.put("packageprivate", List.of(REFERENCE.replace("public class", "class")));
    CASES.put(
        "noargmissing",
        List.of(
            REFERENCE.replace(
                "public void fit", "public ModelImpl(int seed) {}\n\n  public void fit")));
    CASES.put(
        "methodmissing",
        List.of(REFERENCE.replace("public void fit(double[][] x, int[] y) {}", "")));
    CASES.put("methodnotpublic", List.of(REFERENCE.replace("public void fit", "void fit")));
    CASES.put(
        "notimplementing",
        List.of(REFERENCE.replace(" implements Model", "").replace("@Override", "")));
  }

  private static ClassFiles reference;
  private static ClassFiles tests;
  private static ClassFiles submissions;

  @BeforeAll
  static void compileEveryCase() {
    List<String> referenceSources = new ArrayList<>();
    List<String> testSources = new ArrayList<>();
    List<String> submissionSources = new ArrayList<>();
    CASES.forEach(
        (name, sources) -> {
          String pkg = "challenge." + name;
          referenceSources.add(API.formatted(pkg));
          referenceSources.add(REFERENCE.formatted(pkg));
          testSources.add(TESTS.formatted(pkg));
          submissionSources.add(API.formatted(pkg));
          sources.forEach(s -> submissionSources.add(s.formatted(pkg)));
        });
    reference =
        Snippets.compile(List.of(), ClassFiles.EMPTY, referenceSources.toArray(String[]::new));
    tests = Snippets.compile(List.of(), reference, testSources.toArray(String[]::new));
    submissions =
        Snippets.compile(List.of(), ClassFiles.EMPTY, submissionSources.toArray(String[]::new));
  }

  @Test
  void aConformingSubmissionHasNoFinding() {
    assertEquals(List.of(), check("conforming"));
  }

  @Test
  void methodsInheritedFromTheCandidatesOwnSuperclassCount() {
    assertEquals(List.of(), check("inherited"));
  }

  @Test
  void aMissingClassIsOneFindingNamingTheFile() {
    assertEquals(
        List.of(
            api("ModelImpl.java", "class `ModelImpl` is missing; declare it in ModelImpl.java")),
        check("missing"));
  }

  @Test
  void anAbstractOrNonPublicClassIsOneFinding() {
    Finding expected = api("ModelImpl", "`ModelImpl` must be a public, non-abstract class");
    assertEquals(List.of(expected), check("abstractclass"));
    assertEquals(List.of(expected), check("packageprivate"));
  }

  @Test
  void aMissingNoArgConstructorIsOneSentence() {
    assertEquals(
        List.of(api("ModelImpl", "`ModelImpl` has no public no-arg constructor")),
        check("noargmissing"));
  }

  @Test
  void aMissingMethodThatTheTestsCallIsNamedWithItsSignature() {
    assertEquals(
        List.of(api("ModelImpl", "`ModelImpl` has no public method `void fit(double[][], int[])`")),
        check("methodmissing"));
  }

  @Test
  void aNonPublicMethodIsMissingForTheTests() {
    assertEquals(
        List.of(api("ModelImpl", "`ModelImpl` has no public method `void fit(double[][], int[])`")),
        check("methodnotpublic"));
  }

  @Test
  void aClassThatDoesNotImplementTheInterfaceIsOneFinding() {
    assertEquals(
        List.of(api("ModelImpl", "`ModelImpl` does not implement `Model`")),
        check("notimplementing"));
  }

  private static List<Finding> check(String name) {
    String prefix = "challenge." + name + ".";
    return ApiConformance.check(
        Set.of(prefix + "ModelImpl"),
        reference.filter(n -> n.startsWith(prefix)),
        submissions.filter(n -> n.startsWith(prefix)),
        tests.filter(n -> n.startsWith(prefix)));
  }

  private static Finding api(String location, String message) {
    return new Finding(Finding.Kind.API, location, message);
  }
}
