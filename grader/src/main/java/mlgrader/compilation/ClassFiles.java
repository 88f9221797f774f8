package mlgrader.compilation;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiled classes held in memory, keyed by binary name ({@code a.b.Outer$Inner}), sorted.
 *
 * @param bytes the class files; never modified after construction
 */
public record ClassFiles(Map<String, byte[]> bytes) {

  /** No classes. */
  public static final ClassFiles EMPTY = new ClassFiles(Map.of());

  public ClassFiles {
    bytes = Collections.unmodifiableMap(new TreeMap<>(bytes));
  }

  public Set<String> names() {
    return bytes.keySet();
  }

  public byte[] get(String binaryName) {
    return bytes.get(binaryName);
  }

  public boolean contains(String binaryName) {
    return bytes.containsKey(binaryName);
  }

  /** These classes and {@code other}'s; {@code other} wins on a clash. */
  public ClassFiles plus(ClassFiles other) {
    Map<String, byte[]> merged = new TreeMap<>(bytes);
    merged.putAll(other.bytes);
    return new ClassFiles(merged);
  }

  /** Only the classes whose binary name passes the filter. */
  public ClassFiles filter(java.util.function.Predicate<String> keep) {
    Map<String, byte[]> kept = new TreeMap<>();
    bytes.forEach((name, b) -> {
      if (keep.test(name)) {
        kept.put(name, b);
      }
    });
    return new ClassFiles(kept);
  }
}
