package mlgrader.inspection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mlgrader.report.Finding;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks a candidate's compiled classes against a {@link BytecodePolicy}: every type, field, method, method
 * handle, constant and {@code invokedynamic} bootstrap they reference, their supertypes, and the package they
 * live in.
 *
 * <p>A member reference whose static owner is a candidate class is resolved up the candidate's own superclass
 * chain to the JDK class that really declares it, so {@code this.start()} in a {@code Thread} subclass cannot hide.
 */
public final class PolicyScanner {

  private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of(
      "java/lang/invoke/LambdaMetafactory",
      "java/lang/invoke/StringConcatFactory",
      "java/lang/runtime/ObjectMethods",
      "java/lang/runtime/SwitchBootstraps");

  /** Methods of Throwable that JUnit and the JDK call on failures in threads no timeout covers. */
  private static final Set<String> GUARDED_THROWABLE_METHODS = Set.of(
      "toString()Ljava/lang/String;",
      "getMessage()Ljava/lang/String;",
      "getLocalizedMessage()Ljava/lang/String;",
      "getCause()Ljava/lang/Throwable;",
      "fillInStackTrace()Ljava/lang/Throwable;",
      "getStackTrace()[Ljava/lang/StackTraceElement;",
      "printStackTrace()V",
      "printStackTrace(Ljava/io/PrintStream;)V",
      "printStackTrace(Ljava/io/PrintWriter;)V",
      "initCause(Ljava/lang/Throwable;)Ljava/lang/Throwable;");

  private final BytecodePolicy policy;

  public PolicyScanner(BytecodePolicy policy) {
    this.policy = policy;
  }

  /**
   * The violations in {@code classes} (binary name → bytes), one finding per distinct problem and place.
   *
   * @param classes the candidate's classes only
   * @param packageName the only package candidate classes may live in
   * @param given binary names of the given API classes, which candidate code may use freely
   */
  public List<Finding> scan(Map<String, byte[]> classes, String packageName, Set<String> given) {
    Map<String, ClassReader> own = new HashMap<>();
    classes.forEach((name, bytes) -> own.put(name.replace('.', '/'), new ClassReader(bytes)));
    Map<String, Set<String>> declared = new HashMap<>();
    own.forEach((name, reader) -> declared.put(name, declaredMembers(reader)));
    Context context = new Context(own, declared, given.stream().map(n -> n.replace('.', '/')).collect(java.util.stream.Collectors.toSet()),
        packageName.replace('.', '/') + "/");
    own.keySet().stream().sorted().forEach(name -> own.get(name).accept(new Visitor(context, name), ClassReader.SKIP_FRAMES));
    return List.copyOf(context.findings.values());
  }

  private static Set<String> declaredMembers(ClassReader reader) {
    Set<String> names = new HashSet<>();
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public FieldVisitor visitField(int access, String name, String desc, String signature, Object value) {
        names.add(name);
        return null;
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
        names.add(name);
        return null;
      }
    }, ClassReader.SKIP_CODE);
    return names;
  }

  /** Shared state of one scan. */
  private final class Context {
    final Map<String, ClassReader> own;
    final Map<String, Set<String>> declared;
    final Set<String> given;
    final String packagePrefix;
    final Map<String, Finding> findings = new LinkedHashMap<>();

    Context(Map<String, ClassReader> own, Map<String, Set<String>> declared, Set<String> given, String packagePrefix) {
      this.own = own;
      this.declared = declared;
      this.given = given;
      this.packagePrefix = packagePrefix;
    }

    void report(String where, String what, String why) {
      String key = where + "|" + what;
      findings.putIfAbsent(key, new Finding(Finding.Kind.POLICY, where, "uses " + what + ": " + why));
    }

    /** Whether a candidate class extends Throwable, through candidate classes up to a JDK class. */
    boolean isThrowable(String name) {
      String current = name;
      Set<String> seen = new HashSet<>();
      while (own.containsKey(current) && seen.add(current)) {
        current = own.get(current).getSuperName();
        if (current == null) {
          return false;
        }
      }
      if (!current.startsWith("java/")) {
        return false;
      }
      try {
        return Throwable.class.isAssignableFrom(
            Class.forName(current.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    boolean isOwnOrGiven(String owner) {
      return own.containsKey(owner) || given.contains(owner);
    }

    Optional<String> typeProblem(String internal) {
      String owner = elementType(internal);
      if (owner == null || isOwnOrGiven(owner)) {
        return Optional.empty();
      }
      if (owner.startsWith(packagePrefix) && owner.indexOf('/', packagePrefix.length()) < 0) {
        return Optional.of("no such class in the challenge package");
      }
      return policy.classProblem(owner);
    }

    void checkType(String where, String internal) {
      typeProblem(internal).ifPresent(why -> report(where, display(internal), why));
    }

    void checkDescriptor(String where, String descriptor) {
      Type type = Type.getType(descriptor);
      if (type.getSort() == Type.METHOD) {
        for (Type t : type.getArgumentTypes()) {
          checkTypeObject(where, t);
        }
        checkTypeObject(where, type.getReturnType());
      } else {
        checkTypeObject(where, type);
      }
    }

    void checkTypeObject(String where, Type t) {
      Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (element.getSort() == Type.OBJECT) {
        checkType(where, element.getInternalName());
      }
    }

    void checkMember(String where, String owner, String name, String descriptor) {
      checkDescriptor(where, descriptor);
      String real = elementType(owner);
      if (real == null) {
        return;
      }
      if (own.containsKey(real)) {
        real = inheritedOwner(real, name);
        if (real == null) {
          return;
        }
      }
      if (given.contains(real)) {
        return;
      }
      String what = display(real) + "." + (name.equals("<init>") ? "<init>" : name) + readableParams(descriptor);
      Optional<String> problem = typeProblem(real);
      if (problem.isEmpty()) {
        problem = policy.memberProblem(real, name, descriptor);
      }
      problem.ifPresent(why -> report(where, what, why));
    }

    /** The first non-candidate class up the superclass chain, or null if the candidate declares the member. */
    String inheritedOwner(String owner, String name) {
      Set<String> seen = new HashSet<>();
      String current = owner;
      while (own.containsKey(current) && seen.add(current)) {
        if (declared.get(current).contains(name)) {
          return null;
        }
        current = own.get(current).getSuperName();
        if (current == null) {
          return null;
        }
      }
      return own.containsKey(current) ? null : current;
    }

    void checkConstant(String where, Object constant) {
      if (constant instanceof Type t) {
        if (t.getSort() == Type.METHOD) {
          checkDescriptor(where, t.getDescriptor());
        } else {
          checkTypeObject(where, t);
        }
      } else if (constant instanceof Handle h) {
        checkMember(where, h.getOwner(), h.getName(), h.getDesc());
      } else if (constant instanceof ConstantDynamic c) {
        report(where, "a dynamic constant (" + c.getName() + ")", "dynamic constants can hide any call");
      }
    }
  }

  /** Walks one class and reports into the context. */
  private final class Visitor extends ClassVisitor {
    private final Context context;
    private final String className;

    Visitor(Context context, String className) {
      super(Opcodes.ASM9);
      this.context = context;
      this.className = className;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      String where = display(name);
      if (!name.startsWith(context.packagePrefix) || name.indexOf('/', context.packagePrefix.length()) >= 0) {
        context.report(where, "the package " + display(name.substring(0, Math.max(0, name.lastIndexOf('/')))),
            "every class of a submission must be in package " + display(context.packagePrefix.substring(0, context.packagePrefix.length() - 1)));
      }
      if (superName != null) {
        context.checkType(where, superName);
        if (superName.equals("java/lang/Thread")) {
          context.report(where, "java.lang.Thread as a superclass", "threads escape the per-test time limit");
        }
      }
      for (String i : interfaces) {
        context.checkType(where, i);
      }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      context.checkDescriptor(display(className) + "." + name, descriptor);
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      String method = display(className) + "." + name;
      if (GUARDED_THROWABLE_METHODS.contains(name + descriptor) && context.isThrowable(className)) {
        context.report(method, "an override of Throwable." + name,
            "the test engine calls it outside every time limit (e.g. to wrap a failure), so it must stay the JDK's");
      }
      if (name.equals("finalize") && descriptor.equals("()V")) {
        context.report(method, "a finalizer", "finalizers run on another thread, outside the time limit");
      }
      context.checkDescriptor(method, descriptor);
      if (exceptions != null) {
        for (String e : exceptions) {
          context.checkType(method, e);
        }
      }
      return new MethodVisitor(Opcodes.ASM9) {
        private int line;

        private String where() {
          return line > 0 ? method + " (line " + line + ")" : method;
        }

        @Override
        public void visitLineNumber(int lineNumber, Label start) {
          line = lineNumber;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
          context.checkMember(where(), owner, name, desc);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
          context.checkMember(where(), owner, name, desc);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          context.checkType(where(), type);
        }

        @Override
        public void visitLdcInsn(Object value) {
          context.checkConstant(where(), value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
          context.checkDescriptor(where(), descriptor);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
          if (type != null) {
            context.checkType(where(), type);
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
          if (!ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner())) {
            context.report(where(), "an invokedynamic bootstrap " + display(bootstrap.getOwner()) + "." + bootstrap.getName(),
                "only lambdas, string concatenation, records and switches may use invokedynamic");
          }
          context.checkDescriptor(where(), desc);
          for (Object arg : args) {
            context.checkConstant(where(), arg);
          }
        }
      };
    }
  }

  private static String elementType(String internal) {
    int dims = 0;
    while (dims < internal.length() && internal.charAt(dims) == '[') {
      dims++;
    }
    if (dims == 0) {
      return internal;
    }
    String rest = internal.substring(dims);
    return rest.startsWith("L") ? rest.substring(1, rest.length() - 1) : null;
  }

  private static String display(String internal) {
    return internal.replace('/', '.').replace('$', '.');
  }

  private static String readableParams(String descriptor) {
    Type type = Type.getType(descriptor);
    if (type.getSort() != Type.METHOD) {
      return "";
    }
    StringBuilder b = new StringBuilder("(");
    Type[] args = type.getArgumentTypes();
    for (int i = 0; i < args.length; i++) {
      b.append(i == 0 ? "" : ", ").append(args[i].getClassName().replaceAll("^java\\.lang\\.", ""));
    }
    return b.append(')').toString();
  }
}
