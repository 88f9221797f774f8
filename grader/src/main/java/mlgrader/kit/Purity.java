package mlgrader.kit;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Checks the purity rules of catalog-spec §2.2: inputs are never mutated, and returned arrays never alias an
 * input.
 *
 * <p>Usage: {@code Purity.Snapshot s = Purity.snapshot(x, y); var out = impl.f(x, y); s.assertUnchanged();
 * Purity.assertNoAliasing(out, x, y);}
 */
public final class Purity {

  private Purity() {}

  /** Deep copies of the given inputs (arrays of any depth, collections and maps of them), taken now. */
  public static Snapshot snapshot(Object... inputs) {
    List<Object> copies = new ArrayList<>(inputs.length);
    for (Object input : inputs) {
      copies.add(deepCopy(input));
    }
    return new Snapshot(inputs.clone(), copies);
  }

  /** Copies of inputs taken before a call, to be compared with the originals after it. */
  public static final class Snapshot {
    private final Object[] originals;
    private final List<Object> copies;

    private Snapshot(Object[] originals, List<Object> copies) {
      this.originals = originals;
      this.copies = copies;
    }

    /** Fails if any input differs, element by element and bit for bit, from its copy. */
    public void assertUnchanged() {
      for (int i = 0; i < originals.length; i++) {
        if (!sameContent(copies.get(i), originals[i])) {
          throw new AssertionFailedError("input #" + (i + 1) + " was modified by the call");
        }
      }
    }
  }

  /**
   * Fails if any array reachable from {@code output} (through arrays, records, collections and maps) is the
   * very same object as an array reachable from one of {@code inputs}.
   */
  public static void assertNoAliasing(Object output, Object... inputs) {
    Set<Object> inputArrays = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object input : inputs) {
      collectArrays(input, inputArrays, Collections.newSetFromMap(new IdentityHashMap<>()));
    }
    Set<Object> outputArrays = Collections.newSetFromMap(new IdentityHashMap<>());
    collectArrays(output, outputArrays, Collections.newSetFromMap(new IdentityHashMap<>()));
    for (Object array : outputArrays) {
      if (inputArrays.contains(array)) {
        throw new AssertionFailedError("the result shares an array with an input (it must return new arrays)");
      }
    }
  }

  private static Object deepCopy(Object value) {
    if (value == null) {
      return null;
    }
    if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      Object copy = Array.newInstance(value.getClass().getComponentType(), n);
      for (int i = 0; i < n; i++) {
        Array.set(copy, i, deepCopy(Array.get(value, i)));
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(e -> copy.add(deepCopy(e)));
      return copy;
    }
    if (value instanceof Set<?> set) {
      return Set.copyOf(set);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new java.util.HashMap<>();
      map.forEach((k, v) -> copy.put(k, deepCopy(v)));
      return copy;
    }
    return value;
  }

  /**
   * Deep equality through arrays, lists and maps; {@link Objects#deepEquals} alone would compare arrays held in a
   * list or map by identity, and the copies are never identical to the originals.
   */
  private static boolean sameContent(Object copy, Object original) {
    if (copy instanceof Object[] a && original instanceof Object[] b) {
      if (a.length != b.length || a.getClass() != b.getClass()) {
        return false;
      }
      for (int i = 0; i < a.length; i++) {
        if (!sameContent(a[i], b[i])) {
          return false;
        }
      }
      return true;
    }
    if (copy instanceof List<?> a && original instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameContent(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (copy instanceof Map<?, ?> a && original instanceof Map<?, ?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : a.entrySet()) {
        if (!b.containsKey(e.getKey()) || !sameContent(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return Objects.deepEquals(copy, original);
  }

  private static void collectArrays(Object value, Set<Object> into, Set<Object> seen) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return;
    }
    if (!seen.add(value)) {
      return;
    }
    if (value.getClass().isArray()) {
      into.add(value);
      if (!value.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(value); i++) {
          collectArrays(Array.get(value, i), into, seen);
        }
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        collectArrays(element, into, seen);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        collectArrays(e.getKey(), into, seen);
        collectArrays(e.getValue(), into, seen);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        collectArrays(readComponent(component, value), into, seen);
      }
    }
  }

  private static Object readComponent(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read record component " + component.getName(), e);
    }
  }
}
