package mlgrader.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What compiled candidate code may reference: deny by default, with an allow-list of JDK and EJML packages, a
 * deny-list that overrides it, classes usable only through a few members, and member names banned everywhere.
 *
 * <p>Static checks are an early, explainable rejection; the process boundary of the sandbox is the real one.
 *
 * @param exceptions allowed even though a deny rule covers them (checked first)
 * @param denied never allowed
 * @param allowed allowed unless denied
 * @param restricted classes usable only through the listed members
 * @param deniedMembers member names denied on any JDK or EJML class, with the reason
 */
public record BytecodePolicy(
    List<Rule> exceptions,
    List<Rule> denied,
    List<Rule> allowed,
    Map<String, Set<String>> restricted,
    Map<String, String> deniedMembers) {

  private static final String REFLECTION = "reflection and method handles can reach the grader's internals";
  private static final String PROCESS = "code under test may not control the JVM or start processes";
  private static final String THREADS = "threads and thread pools escape the per-test time limit";
  private static final String IO = "code under test may not touch files, the network or the environment";
  private static final String LOADING = "code under test may not load classes, modules or services";
  private static final String STACK = "stack inspection could tell which hidden test is calling";
  private static final String EJML_THREADS = "EJML's concurrent variants start threads";

  public BytecodePolicy {
    exceptions = List.copyOf(exceptions);
    denied = List.copyOf(denied);
    allowed = List.copyOf(allowed);
    restricted = Map.copyOf(restricted);
    deniedMembers = Map.copyOf(deniedMembers);
  }

  /** The grader's default policy for every challenge. */
  public static BytecodePolicy standard() {
    return new BytecodePolicy(
        List.of(
            new Rule("java/util/concurrent/atomic/", "atomics are plain values"),
            new Rule("java/util/concurrent/TimeUnit", "a unit enum"),
            new Rule("java/util/concurrent/Callable", "a functional interface")),
        List.of(
            new Rule("java/lang/reflect/", REFLECTION),
            new Rule("java/lang/invoke/", REFLECTION),
            new Rule("java/lang/ref/", "references and cleaners run code on other threads"),
            new Rule("java/lang/instrument/", REFLECTION),
            new Rule("java/lang/management/", PROCESS),
            new Rule("java/lang/module/", LOADING),
            new Rule("java/lang/Runtime", PROCESS),
            new Rule("java/lang/Process", PROCESS),
            new Rule("java/lang/ProcessBuilder", PROCESS),
            new Rule("java/lang/ProcessHandle", PROCESS),
            new Rule("java/lang/ClassLoader", LOADING),
            new Rule("java/lang/ThreadGroup", THREADS),
            new Rule("java/lang/ThreadLocal", THREADS),
            new Rule("java/lang/InheritableThreadLocal", THREADS),
            new Rule("java/lang/StackWalker", STACK),
            new Rule("java/lang/StackTraceElement", STACK),
            new Rule("java/lang/Module", LOADING),
            new Rule("java/lang/ModuleLayer", LOADING),
            new Rule("java/lang/Package", LOADING),
            new Rule("java/lang/SecurityManager", PROCESS),
            new Rule("java/lang/System$Logger", IO),
            new Rule("java/util/concurrent/", THREADS),
            new Rule("java/util/ServiceLoader", LOADING),
            new Rule("java/util/ResourceBundle", LOADING),
            new Rule("java/util/Timer", THREADS),
            new Rule("java/util/TimerTask", THREADS),
            new Rule("java/util/prefs/", IO),
            new Rule("java/util/logging/", IO),
            new Rule("java/util/jar/", IO),
            new Rule("java/util/zip/", IO),
            new Rule("java/util/spi/", LOADING),
            new Rule("java/util/stream/StreamSupport", THREADS),
            new Rule("java/nio/file/", IO),
            new Rule("java/nio/channels/", IO),
            new Rule("java/net/", IO),
            new Rule("org/ejml/ops/MatrixIO", IO),
            new Rule("org/ejml/concurrency/", EJML_THREADS),
            new Rule("*_MT_*", EJML_THREADS),
            new Rule("pabeles/", EJML_THREADS)),
        List.of(
            new Rule("java/lang/", "core language"),
            new Rule("java/util/", "collections and utilities"),
            new Rule("java/math/", "arbitrary precision"),
            new Rule("java/text/", "formatting"),
            new Rule("java/time/", "dates and durations"),
            new Rule("java/nio/", "buffers"),
            new Rule("java/io/Serializable", "marker"),
            new Rule("java/io/IOException", "exception type"),
            new Rule("java/io/UncheckedIOException", "exception type"),
            new Rule("java/io/PrintStream", "System.out"),
            new Rule("java/io/PrintWriter", "string formatting"),
            new Rule("java/io/StringReader", "in-memory text"),
            new Rule("java/io/StringWriter", "in-memory text"),
            new Rule("java/io/Reader", "in-memory text"),
            new Rule("java/io/Writer", "in-memory text"),
            new Rule("java/io/BufferedReader", "in-memory text"),
            new Rule("java/io/Closeable", "interface"),
            new Rule("java/io/ByteArrayOutputStream", "in-memory bytes"),
            new Rule("java/io/ByteArrayInputStream", "in-memory bytes"),
            new Rule("java/io/OutputStream", "in-memory bytes"),
            new Rule("java/io/InputStream", "in-memory bytes"),
            new Rule("org/ejml/", "EJML, the allowed linear-algebra library")),
        Map.of(
            "java/lang/System",
            Set.of("out", "err", "arraycopy", "nanoTime", "currentTimeMillis", "identityHashCode", "lineSeparator"),
            "java/lang/Thread",
            // interrupt() can only reach the current thread (no other Thread is obtainable); it is the idiom
            // for restoring the flag after catching InterruptedException.
            Set.of("sleep", "onSpinWait", "currentThread", "isInterrupted", "interrupted", "interrupt"),
            "java/lang/Class",
            Set.of("getName", "getSimpleName", "getTypeName", "isInstance", "cast", "desiredAssertionStatus", "isArray",
                "getComponentType", "hashCode", "equals", "toString", "isEnum", "isRecord", "isInterface",
                "getEnumConstants", "isPrimitive")),
        Map.ofEntries(
            Map.entry("getStackTrace", STACK),
            Map.entry("setStackTrace", STACK),
            Map.entry("parallelStream", THREADS),
            Map.entry("parallel", THREADS),
            Map.entry("parallelSort", THREADS),
            Map.entry("parallelPrefix", THREADS),
            Map.entry("parallelSetAll", THREADS),
            Map.entry("finalize", "finalizers run on another thread, outside the time limit"),
            Map.entry("saveToFileCSV", IO),
            Map.entry("saveToFileBinary", IO),
            Map.entry("loadCSV", IO),
            Map.entry("loadBinary", IO)));
  }

  /** This policy with extra deny rules (a challenge's {@code policy.deny}). */
  public BytecodePolicy withDenied(List<String> patterns, String reason) {
    List<Rule> more = new ArrayList<>(denied);
    patterns.forEach(p -> more.add(new Rule(p, reason)));
    return new BytecodePolicy(exceptions, more, allowed, restricted, deniedMembers);
  }

  /** Why code may not use class {@code owner}, or empty if it may (member rules aside). */
  public Optional<String> classProblem(String owner) {
    if (exceptions.stream().anyMatch(r -> r.matches(owner))) {
      return Optional.empty();
    }
    Optional<Rule> deny = denied.stream().filter(r -> r.matches(owner)).findFirst();
    if (deny.isPresent()) {
      return Optional.of(deny.get().reason());
    }
    int dollar = owner.indexOf('$');
    if (dollar > 0 && restricted.containsKey(owner.substring(0, dollar))) {
      return Optional.of("only a few members of " + owner.substring(0, dollar).replace('/', '.') + " are allowed");
    }
    if (allowed.stream().anyMatch(r -> r.matches(owner))) {
      return Optional.empty();
    }
    return Optional.of("not on the allow-list (the JDK's java.lang, java.util, java.math, java.text, java.time and EJML)");
  }

  /** Why code may not use member {@code name} of allowed class {@code owner}, or empty if it may. */
  public Optional<String> memberProblem(String owner, String name, String descriptor) {
    if ((owner.startsWith("java/") || owner.startsWith("org/ejml/")) && deniedMembers.containsKey(name)) {
      return Optional.of(deniedMembers.get(name));
    }
    Set<String> allowedMembers = restricted.get(owner);
    if (allowedMembers != null && !allowedMembers.contains(name)) {
      return Optional.of("only " + String.join(", ", allowedMembers.stream().sorted().toList()) + " of "
          + owner.replace('/', '.') + " are allowed");
    }
    if (owner.startsWith("java/") && name.equals("printStackTrace") && !descriptor.equals("()V")) {
      // Printed into a StringWriter, a stack trace names the hidden test that is calling.
      return Optional.of(STACK);
    }
    if (name.equals("<init>") && descriptor.startsWith("(Ljava/lang/String;")
        && Set.of("java/io/PrintStream", "java/io/PrintWriter", "java/util/Formatter").contains(owner)) {
      return Optional.of("this constructor opens a file; " + IO);
    }
    return Optional.empty();
  }
}
