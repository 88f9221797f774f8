package mlgrader.compilation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

class OracleRelocatorTest {

  private static final String API =
      """
      package challenge.demo;

      public interface Model {
        double predict(double[] x);
      }
      """;

  private static final String REFERENCE =
      """
      package challenge.demo;

      import java.util.Arrays;

      public class ModelImpl implements Model {
        private final Scale scale = new Scale(2);

        @Override
        public double predict(double[] x) {
          return scale.apply(Arrays.stream(x).map(v -> Sums.square(v)).sum());
        }

        record Scale(double factor) {
          double apply(double v) {
            return factor * v;
          }
        }
      }
      """;

  private static final String SUMS =
      """
      package challenge.demo;

      final class Sums {
        static double square(double v) {
          return v * v;
        }
      }
      """;

  private static ClassFiles reference;
  private static ClassFiles oracle;

  @BeforeAll
  static void relocate() {
    reference = Snippets.compile(List.of(), ClassFiles.EMPTY, API, REFERENCE, SUMS);
    oracle = OracleRelocator.relocate(reference, "challenge.demo", Set.of("ModelImpl", "Sums"));
  }

  @Test
  void movesTheReferencesOwnClassesAndTheirNestedClassesIntoTheOraclePackage() {
    assertEquals(
        Set.of(
            "challenge.demo.oracle.ModelImpl",
            "challenge.demo.oracle.ModelImpl$Scale",
            "challenge.demo.oracle.Sums"),
        oracle.names());
    for (String name : oracle.names()) {
      assertEquals(name.replace('.', '/'), new ClassReader(oracle.get(name)).getClassName());
    }
  }

  @Test
  void leavesNoReferenceToTheOriginalClasses() {
    for (String name : oracle.names()) {
      String constants = new String(oracle.get(name), StandardCharsets.ISO_8859_1);
      assertFalse(constants.contains("challenge/demo/ModelImpl"), name);
      assertFalse(constants.contains("challenge/demo/Sums"), name);
    }
  }

  @Test
  void theRelocatedClassStillImplementsTheGivenInterfaceAndWorks() throws Exception {
    ClassFiles onPath = reference.filter(n -> n.equals("challenge.demo.Model")).plus(oracle);
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = onPath.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    Class<?> api = loader.loadClass("challenge.demo.Model");
    Class<?> moved = loader.loadClass("challenge.demo.oracle.ModelImpl");
    assertEquals("challenge.demo.oracle", moved.getPackageName());
    assertTrue(api.isAssignableFrom(moved));
    Object model = moved.getConstructor().newInstance();
    Method predict = api.getMethod("predict", double[].class);
    assertEquals(
        2 * (1 + 4 + 9), (double) predict.invoke(model, (Object) new double[] {1, 2, 3}), 1e-12);
  }

  @Test
  void theOriginalClassesAreNotTouched() {
    assertTrue(reference.contains("challenge.demo.ModelImpl"));
    assertEquals(
        "challenge/demo/ModelImpl",
        new ClassReader(reference.get("challenge.demo.ModelImpl")).getClassName());
  }
}
