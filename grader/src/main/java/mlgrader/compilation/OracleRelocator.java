package mlgrader.compilation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Moves the reference solution's own classes from the challenge package into {@code <package>.oracle}, so that
 * a hidden suite can compare the candidate's {@code XImpl} with the reference's under one class loader.
 *
 * <p>Only classes compiled from the reference's own files move; the given API they implement stays put.
 */
public final class OracleRelocator {

  /** The sub-package the reference is moved into. */
  public static final String ORACLE_PACKAGE = "oracle";

  private OracleRelocator() {}

  /**
   * The relocated copies of the classes in {@code reference} whose top-level simple name is in {@code ownNames}.
   *
   * @param reference classes compiled from the given API plus the reference sources
   * @param packageName the challenge package
   * @param ownNames simple names of the reference's top-level classes
   */
  public static ClassFiles relocate(ClassFiles reference, String packageName, Set<String> ownNames) {
    String from = packageName.replace('.', '/') + "/";
    String to = from + ORACLE_PACKAGE + "/";
    Map<String, String> mapping = new HashMap<>();
    for (String name : reference.names()) {
      String internal = name.replace('.', '/');
      String local = internal.substring(from.length());
      if (internal.startsWith(from) && local.indexOf('/') < 0 && ownNames.contains(local.split("\\$", 2)[0])) {
        mapping.put(internal, to + local);
      }
    }
    SimpleRemapper remapper = new SimpleRemapper(mapping);
    Map<String, byte[]> moved = new HashMap<>();
    mapping.forEach((oldName, newName) -> {
      ClassWriter writer = new ClassWriter(0);
      new ClassReader(reference.get(oldName.replace('/', '.'))).accept(new ClassRemapper(writer, remapper), 0);
      moved.put(newName.replace('/', '.'), writer.toByteArray());
    });
    return new ClassFiles(moved);
  }
}
