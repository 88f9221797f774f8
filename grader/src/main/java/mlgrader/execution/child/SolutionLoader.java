package mlgrader.execution.child;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Defines the given API and the candidate's classes from memory; sees only the library loader and the JDK, and
 * exposes no resources, so the submission can neither name the tests, JUnit or the grader nor read any file
 * through it.
 */
final class SolutionLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  SolutionLoader(ClassLoader libraries, Map<String, byte[]> classes) {
    super("submission", libraries);
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

  @Override
  public URL getResource(String name) {
    return null;
  }

  @Override
  public Enumeration<URL> getResources(String name) {
    return Collections.emptyEnumeration();
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    return null;
  }
}
