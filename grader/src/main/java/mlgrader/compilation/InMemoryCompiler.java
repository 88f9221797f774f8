package mlgrader.compilation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import mlgrader.catalog.SourceFile;
import mlgrader.report.Diagnostic;

/**
 * Compiles sources with the JDK's javac entirely in memory: sources come from strings, class files go to a map,
 * and already-compiled classes can be put on the class path without touching the disk.
 *
 * <p>Options are fixed: {@code --release 17 -proc:none} (no annotation processor from the class path ever runs
 * in the grader), debug info for line numbers in stack traces, UTF-8.
 */
public final class InMemoryCompiler {

  private static final List<String> OPTIONS =
      List.of("--release", "17", "-proc:none", "-g", "-encoding", "UTF-8", "-Xmaxerrs", "50", "-Xlint:-options");

  private final JavaCompiler javac;
  private final List<Path> classPath;

  /** A compiler whose class path holds these jars or folders (plus any in-memory classes given per call). */
  public InMemoryCompiler(List<Path> classPath) {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run the grader on a JDK, not a JRE");
    }
    this.classPath = List.copyOf(classPath);
  }

  /** Compiles {@code sources} against the class path and {@code inMemoryClassPath}. */
  public CompilationOutput compile(List<SourceFile> sources, ClassFiles inMemoryClassPath) {
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Map<String, byte[]> output = new TreeMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8);
    try (MemoryFileManager files = new MemoryFileManager(standard, inMemoryClassPath, output)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      List<JavaFileObject> units = new ArrayList<>();
      for (SourceFile s : sources) {
        units.add(new SourceObject(s));
      }
      boolean ok = javac.getTask(null, files, collector, OPTIONS, null, units).call();
      List<Diagnostic> diagnostics = collector.getDiagnostics().stream().map(InMemoryCompiler::toDiagnostic).toList();
      return new CompilationOutput(ok ? new ClassFiles(output) : ClassFiles.EMPTY, diagnostics);
    } catch (IOException e) {
      throw new IllegalStateException("javac's file manager failed: " + e.getMessage(), e);
    }
  }

  private static Diagnostic toDiagnostic(javax.tools.Diagnostic<? extends JavaFileObject> d) {
    String severity = switch (d.getKind()) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      default -> "note";
    };
    String file = d.getSource() == null ? "" : d.getSource().toUri().getPath().replaceFirst("^/", "");
    return new Diagnostic(severity, file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
        d.getMessage(Locale.ROOT));
  }

  /** A source held in a string, named by its relative path so diagnostics show that path. */
  private static final class SourceObject extends SimpleJavaFileObject {
    private final String content;

    SourceObject(SourceFile file) {
      super(URI.create("string:///" + file.path()), Kind.SOURCE);
      this.content = file.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }

  /** A class file held in memory, readable (class path) or writable (output). */
  private static final class ClassObject extends SimpleJavaFileObject {
    private final String binaryName;
    private final Map<String, byte[]> store;

    ClassObject(String binaryName, Map<String, byte[]> store) {
      super(URI.create("mem:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
      this.binaryName = binaryName;
      this.store = store;
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(store.get(binaryName));
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          store.put(binaryName, toByteArray());
        }
      };
    }
  }

  /** Serves in-memory classes on the class path and captures every class javac writes. */
  private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> inputs;
    private final Map<String, byte[]> outputs;

    MemoryFileManager(StandardJavaFileManager standard, ClassFiles inputs, Map<String, byte[]> outputs) {
      super(standard);
      this.inputs = inputs.bytes();
      this.outputs = outputs;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new ClassObject(className, outputs);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
        throws IOException {
      Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
      if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS) || inputs.isEmpty()) {
        return standard;
      }
      List<JavaFileObject> all = new ArrayList<>();
      String prefix = packageName.isEmpty() ? "" : packageName + ".";
      for (String name : inputs.keySet()) {
        if (name.startsWith(prefix) && (recurse || name.indexOf('.', prefix.length()) < 0)) {
          all.add(new ClassObject(name, inputs));
        }
      }
      standard.forEach(all::add);
      return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
      if (file instanceof ClassObject c) {
        return c.binaryName;
      }
      return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      if (a instanceof ClassObject || b instanceof ClassObject) {
        return a.toUri().equals(b.toUri());
      }
      return super.isSameFile(a, b);
    }
  }
}
