package mlgrader.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mlgrader.report.Visibility;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Reads the expected tests of a compiled suite from its bytecode, in the trusted parent: test methods, their
 * group (the {@code @Nested} class they sit in), {@code @Points}, {@code @DisplayName} and {@code @Timeout}.
 *
 * <p>Because the table is built before any candidate code runs, a submission can neither add a test, remove
 * one, nor change what one is worth; a test that reports nothing scores 0.
 */
public final class SuiteReader {

  private static final Set<String> TEST_ANNOTATIONS = Set.of(
      "Lorg/junit/jupiter/api/Test;",
      "Lorg/junit/jupiter/api/RepeatedTest;",
      "Lorg/junit/jupiter/params/ParameterizedTest;");
  private static final String POINTS = "Lmlgrader/kit/Points;";
  private static final String DISPLAY_NAME = "Lorg/junit/jupiter/api/DisplayName;";
  private static final String TIMEOUT = "Lorg/junit/jupiter/api/Timeout;";

  private SuiteReader() {}

  /**
   * The expected tests among {@code classes} (binary name → bytes), sorted by group then key.
   *
   * @param visibility whether these are public or hidden tests
   */
  public static List<ExpectedTest> read(java.util.Map<String, byte[]> classes, Visibility visibility) {
    List<ExpectedTest> tests = new ArrayList<>();
    classes.forEach((name, bytes) -> {
      ClassNode node = new ClassNode();
      new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
      String group = visibility == Visibility.PUBLIC ? ExpectedTest.PUBLIC_GROUP : groupOf(name);
      long classTimeout = classTimeout(classes, name);
      for (MethodNode m : node.methods) {
        if (annotations(m.visibleAnnotations).anyMatch(a -> TEST_ANNOTATIONS.contains(a.desc))) {
          String key = name + "#" + m.name + "(" + parameters(m.desc) + ")";
          String display = stringValue(m.visibleAnnotations, DISPLAY_NAME);
          int weight = (int) numberValue(m.visibleAnnotations, POINTS, "value", 1);
          long timeout = timeoutOf(m.visibleAnnotations);
          tests.add(new ExpectedTest(key, display == null ? m.name : display, group, visibility, weight,
              timeout > 0 ? timeout : classTimeout));
        }
      }
    });
    tests.sort(Comparator.comparing(ExpectedTest::group).thenComparing(ExpectedTest::key));
    return List.copyOf(tests);
  }

  /** The group of a test class: the simple name of a nested class, or "" for a top-level class. */
  static String groupOf(String binaryName) {
    int dollar = binaryName.lastIndexOf('$');
    return dollar < 0 ? "" : binaryName.substring(dollar + 1);
  }

  /**
   * The parameter types as {@link Class#getName()} spells them ({@code int, java.lang.String, [[D}), because that
   * is how JUnit's {@code MethodSource} reports them to the child, and the two keys must be equal.
   */
  private static String parameters(String descriptor) {
    return Stream.of(Type.getArgumentTypes(descriptor))
        .map(t -> t.getSort() == Type.ARRAY ? t.getDescriptor().replace('/', '.') : t.getClassName())
        .collect(Collectors.joining(", "));
  }

  /** The {@code @Timeout} of the class or, as in JUnit, of the nearest enclosing class that declares one. */
  private static long classTimeout(java.util.Map<String, byte[]> classes, String binaryName) {
    String name = binaryName;
    while (true) {
      byte[] bytes = classes.get(name);
      if (bytes != null) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        long timeout = timeoutOf(node.visibleAnnotations);
        if (timeout > 0) {
          return timeout;
        }
      }
      int dollar = name.lastIndexOf('$');
      if (dollar < 0) {
        return 0;
      }
      name = name.substring(0, dollar);
    }
  }

  private static Stream<AnnotationNode> annotations(List<AnnotationNode> list) {
    return list == null ? Stream.empty() : list.stream();
  }

  private static AnnotationNode find(List<AnnotationNode> list, String desc) {
    return annotations(list).filter(a -> a.desc.equals(desc)).findFirst().orElse(null);
  }

  private static Object value(AnnotationNode a, String name) {
    if (a == null || a.values == null) {
      return null;
    }
    for (int i = 0; i + 1 < a.values.size(); i += 2) {
      if (name.equals(a.values.get(i))) {
        return a.values.get(i + 1);
      }
    }
    return null;
  }

  private static String stringValue(List<AnnotationNode> list, String desc) {
    Object v = value(find(list, desc), "value");
    return v instanceof String s ? s : null;
  }

  private static long numberValue(List<AnnotationNode> list, String desc, String name, long fallback) {
    Object v = value(find(list, desc), name);
    return v instanceof Number n ? n.longValue() : fallback;
  }

  private static long timeoutOf(List<AnnotationNode> list) {
    AnnotationNode timeout = find(list, TIMEOUT);
    if (timeout == null) {
      return 0;
    }
    long amount = numberValue(list, TIMEOUT, "value", 0);
    Object unit = value(timeout, "unit");
    TimeUnit timeUnit = unit instanceof String[] pair ? TimeUnit.valueOf(pair[1]) : TimeUnit.SECONDS;
    return timeUnit.toMillis(amount);
  }
}
