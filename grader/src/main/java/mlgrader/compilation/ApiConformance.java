package mlgrader.compilation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mlgrader.report.Finding;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Checks that a compiled submission has the shape the tests need: every class the candidate must write exists,
 * is public and concrete, implements what the reference implements, and has every constructor and method the
 * tests call on it.
 *
 * <p>This turns "the tests could not even link" into one sentence per problem, e.g. "{@code GradientClipperImpl}
 * has no public no-arg constructor", instead of a wall of identical test errors.
 */
public final class ApiConformance {

  private ApiConformance() {}

  /**
   * The problems found, empty when the submission conforms.
   *
   * @param required binary names of the classes the candidate must provide (the editable files' classes)
   * @param reference the reference compiled with the given API
   * @param submission the submission compiled with the given API
   * @param tests the compiled public and hidden tests
   */
  public static List<Finding> check(Set<String> required, ClassFiles reference, ClassFiles submission, ClassFiles tests) {
    List<Finding> findings = new ArrayList<>();
    for (String name : required) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (!submission.contains(name)) {
        findings.add(new Finding(Finding.Kind.API, simple + ".java", "class `" + simple + "` is missing; declare it in " + simple + ".java"));
        continue;
      }
      ClassNode actual = read(submission.get(name));
      if ((actual.access & Opcodes.ACC_PUBLIC) == 0
          || (actual.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM)) != 0) {
        findings.add(new Finding(Finding.Kind.API, simple, "`" + simple + "` must be a public, non-abstract class"));
        continue;
      }
      if (reference.contains(name)) {
        for (String iface : read(reference.get(name)).interfaces) {
          if (!implementsInterface(actual, iface, submission)) {
            findings.add(new Finding(Finding.Kind.API, simple, "`" + simple + "` does not implement `" + simpleName(iface) + "`"));
          }
        }
      }
      for (MethodInsnNode call : callsOn(name.replace('.', '/'), tests)) {
        if (!declaresPublic(actual, call, submission)) {
          findings.add(new Finding(Finding.Kind.API, simple, "`" + simple + "` has no public " + describe(simple, call.name, call.desc)));
        }
      }
    }
    return List.copyOf(new LinkedHashSet<>(findings));
  }

  private static Set<MethodInsnNode> callsOn(String owner, ClassFiles tests) {
    Set<String> seen = new LinkedHashSet<>();
    Set<MethodInsnNode> calls = new LinkedHashSet<>();
    for (byte[] bytes : tests.bytes().values()) {
      for (MethodNode m : read(bytes).methods) {
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof MethodInsnNode call && call.owner.equals(owner) && seen.add(call.name + call.desc)) {
            calls.add(call);
          }
        }
      }
    }
    return calls;
  }

  private static boolean declaresPublic(ClassNode cls, MethodInsnNode call, ClassFiles submission) {
    for (ClassNode c = cls; c != null; c = superOf(c, submission)) {
      for (MethodNode m : c.methods) {
        if (m.name.equals(call.name) && m.desc.equals(call.desc) && (m.access & Opcodes.ACC_PUBLIC) != 0) {
          return true;
        }
      }
      if (call.name.equals("<init>")) {
        return false;
      }
    }
    return false;
  }

  private static boolean implementsInterface(ClassNode cls, String iface, ClassFiles submission) {
    for (ClassNode c = cls; c != null; c = superOf(c, submission)) {
      if (c.interfaces.contains(iface)) {
        return true;
      }
    }
    return false;
  }

  private static ClassNode superOf(ClassNode c, ClassFiles submission) {
    byte[] bytes = c.superName == null ? null : submission.get(c.superName.replace('/', '.'));
    return bytes == null ? null : read(bytes);
  }

  private static String describe(String simple, String name, String desc) {
    String params = Stream.of(Type.getArgumentTypes(desc)).map(ApiConformance::typeName).collect(Collectors.joining(", "));
    if (name.equals("<init>")) {
      return params.isEmpty() ? "no-arg constructor" : "constructor " + simple + "(" + params + ")";
    }
    return "method `" + typeName(Type.getReturnType(desc)) + " " + name + "(" + params + ")`";
  }

  private static String typeName(Type t) {
    return simpleName(t.getClassName());
  }

  private static String simpleName(String name) {
    String n = name.replace('/', '.');
    return n.substring(n.lastIndexOf('.') + 1).replace('$', '.');
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return node;
  }
}
