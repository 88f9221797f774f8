package mlgrader.inspection;

import java.util.List;

/**
 * Ordinary candidate code that the standard policy must let through without a single finding: the
 * language features and libraries a solution to an ML exercise reasonably uses.
 */
final class NoFalsePositiveCorpus {

  private NoFalsePositiveCorpus() {}

  static final String POINT =
      """
      package challenge.demo;

      import java.util.Arrays;

      /** A record with an array component, a compact constructor and a static factory. */
      public record Point(double x, double y, double[] extra) implements Comparable<Point> {
        public Point {
          if (Double.isNaN(x) || Double.isNaN(y)) {
            throw new IllegalArgumentException("NaN coordinate");
          }
          extra = extra == null ? new double[0] : extra.clone();
        }

        public static Point of(double x, double y) {
          return new Point(x, y, null);
        }

        public double norm() {
          return Math.hypot(x, y);
        }

        @Override
        public int compareTo(Point other) {
          return Double.compare(norm(), other.norm());
        }

        public String describe() {
          return this + " " + Arrays.toString(extra) + " " + hashCode() + " " + equals(of(0, 0));
        }
      }
      """;

  static final String KIND =
      """
      package challenge.demo;

      /** An enum with fields, constant bodies and an abstract method. */
      public enum Kind {
        LINEAR("lin") {
          @Override
          double apply(double v) {
            return v;
          }
        },
        SQUARE("sq") {
          @Override
          double apply(double v) {
            return v * v;
          }
        };

        private final String label;

        Kind(String label) {
          this.label = label;
        }

        abstract double apply(double v);

        public String label() {
          return label;
        }

        public static Kind parse(String s) {
          for (Kind k : values()) {
            if (k.label.equals(s)) {
              return k;
            }
          }
          return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
      }
      """;

  static final String SCORER =
      """
      package challenge.demo;

      import java.util.List;

      /** An interface with default, static and private methods and a generic method. */
      public interface Scorer {
        double score(double[] y, double[] p);

        default double scoreAll(List<double[]> ys, double[] p) {
          double total = 0;
          for (double[] y : ys) {
            total += score(y, p);
          }
          return check(total);
        }

        static Scorer absolute() {
          return (y, p) -> {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
              s += Math.abs(y[i] - p[i]);
            }
            return s;
          };
        }

        default <T extends Comparable<T>> T best(List<T> items) {
          T best = items.get(0);
          for (T t : items) {
            if (t.compareTo(best) > 0) {
              best = t;
            }
          }
          return best;
        }

        private double check(double v) {
          if (!Double.isFinite(v)) {
            throw new ArithmeticException("not finite");
          }
          return v;
        }
      }
      """;

  static final String BAD_INPUT =
      """
      package challenge.demo;

      /** A candidate's own exception type. */
      public class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message, Throwable cause) {
          super(message, cause);
        }
      }
      """;

  static final String CORPUS =
      """
package challenge.demo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.simple.SimpleMatrix;

/** Implements the given API and exercises everything else. */
public class Corpus implements Model, Iterable<Double> {

  private final List<Double> seen = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public double predict(double[] x) {
    calls.incrementAndGet();
    assert x != null : "x is null";
    Objects.requireNonNull(x, "x");
    double[] copy = Arrays.copyOf(x, x.length);
    Arrays.sort(copy);
    Arrays.fill(copy, 0, 0, 1.0);
    double[] part = Arrays.copyOfRange(x, 0, Math.min(2, x.length));
    System.arraycopy(x, 0, copy, 0, x.length);
    double[] cloned = x.clone();
    return Arrays.stream(cloned).map(v -> v * v).sum() + part.length;
  }

  @Override
  public Iterator<Double> iterator() {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < seen.size();
      }

      @Override
      public Double next() {
        return seen.get(i++);
      }
    };
  }

  int switches(String s, Kind k) {
    int a;
    switch (s) {
      case "fit":
        a = 1;
        break;
      case "predict":
        a = 2;
        break;
      default:
        a = 0;
    }
    int b = switch (k) {
      case LINEAR -> 1;
      case SQUARE -> 2;
    };
    switch (k) {
      case LINEAR:
        a++;
        break;
      default:
        a--;
    }
    int c = switch (s) {
      case "x", "y" -> 3;
      default -> {
        int len = s.length();
        yield len;
      }
    };
    return a + b + c + (int) k.apply(2) + Kind.parse("lin").ordinal() + k.label().length();
  }

  List<String> lambdasAndReferences(List<Point> points) {
    Function<String, Integer> length = String::length;
    Supplier<List<String>> fresh = ArrayList::new;
    DoubleUnaryOperator root = Math::sqrt;
    Function<double[], Double> self = this::predict;
    Comparator<Point> byX = Comparator.comparingDouble(Point::x).thenComparing(Point::y, Comparator.reverseOrder());
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(byX);
    Collections.sort(sorted);
    List<String> out = fresh.get();
    sorted.forEach(p -> out.add(p.describe()));
    out.forEach(System.out::println);
    out.add("" + length.apply("abc") + root.applyAsDouble(4) + self.apply(new double[] {1}));
    return out;
  }

  Map<Boolean, List<Integer>> streams(double[] x, List<String> words) {
    double total = Arrays.stream(x).map(v -> v * 2).filter(v -> v > 0).sum();
    List<Integer> idx = IntStream.range(0, x.length).boxed().collect(Collectors.toList());
    Map<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
    String joined = words.stream().sorted().distinct().collect(Collectors.joining(", ", "[", "]"));
    Map<String, Integer> index = words.stream().collect(Collectors.toMap(w -> w, String::length, (a, b) -> a, TreeMap::new));
    List<String> upper = Stream.of("a", "b").map(s -> s.toUpperCase(Locale.ROOT)).toList();
    double mean = IntStream.rangeClosed(1, 10).mapToDouble(i -> i).average().orElse(Double.NaN);
    long evens = idx.stream().filter(i -> i % 2 == 0).count();
    boolean sequential = words.stream().sequential().isParallel();
    seen.add(total + byLength.size() + joined.length() + index.size() + upper.size() + mean + evens + (sequential ? 1 : 0));
    return idx.stream().collect(Collectors.partitioningBy(i -> i > 2));
  }

  int collections() {
    Map<String, Integer> counts = new HashMap<>();
    counts.merge("a", 1, Integer::sum);
    counts.computeIfAbsent("b", k -> 0);
    TreeMap<Double, String> tree = new TreeMap<>(Map.of(1.0, "one"));
    PriorityQueue<double[]> heap = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
    heap.add(new double[] {2});
    ArrayDeque<Integer> deque = new ArrayDeque<>(List.of(1, 2));
    deque.addFirst(0);
    BitSet bits = new BitSet(8);
    bits.set(3);
    LinkedHashMap<String, Double> ordered = new LinkedHashMap<>();
    ordered.put("z", 1.0);
    HashSet<Integer> set = new HashSet<>(List.of(1, 2, 2));
    EnumMap<Kind, Integer> perKind = new EnumMap<>(Kind.class);
    perKind.put(Kind.LINEAR, 1);
    EnumSet<Kind> all = EnumSet.allOf(Kind.class);
    List<Integer> fixed = Collections.unmodifiableList(List.copyOf(set));
    return counts.size() + tree.firstEntry().getValue().length() + heap.poll().length + deque.pollLast()
        + bits.cardinality() + ordered.size() + perKind.size() + all.size() + fixed.size();
  }

  double numbers(double v) {
    double a = Math.exp(v) + Math.log(Math.abs(v) + 1) + Math.sqrt(4) + Math.pow(v, 2) + Math.max(v, 0) + Math.fma(v, v, v);
    double b = StrictMath.log1p(v * v) + StrictMath.sin(v) + Math.floorMod(7, 3) + Math.signum(v) + Math.random() * 0;
    long bits = Double.doubleToLongBits(v) + Long.bitCount(7L) + Integer.parseInt("12") + Integer.MAX_VALUE % 3;
    BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).add(BigDecimal.ONE);
    BigInteger big = BigInteger.valueOf(3).pow(40).mod(BigInteger.TEN);
    return a + b + bits % 2 + rounded.doubleValue() + big.intValue() + (Double.isNaN(v) ? 1 : 0) + Double.compare(a, b);
  }

  String text(double v, int n) {
    StringBuilder sb = new StringBuilder();
    sb.append("v=").append(v).append(',').reverse().setLength(0);
    String formatted = String.format(Locale.ROOT, "%.3f|%5d|%s", v, n, Kind.LINEAR);
    String concat = "n=" + n + ", v=" + v + ", k=" + Kind.SQUARE + "!";
    String block = \"""
        rows: %d
        mean: %.2f
        \""".formatted(n, v);
    String repeated = "-".repeat(3) + String.join("/", List.of("a", "b")) + String.valueOf(new char[] {'x'});
    long letters = concat.chars().filter(Character::isLetter).count();
    return sb + formatted + concat + block + repeated + letters + getClass().getSimpleName() + Kind.class.getName();
  }

  double optionals(List<Double> values) {
    Optional<Double> first = values.stream().findFirst();
    double d = first.map(v -> v * 2).orElse(0.0);
    return d + Optional.ofNullable(values.isEmpty() ? null : values.get(0)).orElseThrow(IllegalStateException::new);
  }

  double randomness(long seed) {
    RandomGenerator g = new SplittableRandom(seed);
    RandomGenerator named = RandomGenerator.of("L64X128MixRandom");
    Random r = new Random(seed);
    int[] shuffled = IntStream.range(0, 5).toArray();
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    return g.nextDouble() + named.nextInt(3) + r.nextGaussian() + shuffled[0] + r.doubles(3).sum();
  }

  double exceptions(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException | NullPointerException e) {
      e.printStackTrace();
      throw new IllegalArgumentException("not a number: " + s, e);
    } finally {
      calls.decrementAndGet();
    }
  }

  double rethrow(double[] x) {
    try (Resource r = new Resource()) {
      if (x.length == 0) {
        throw new IllegalArgumentException("empty");
      }
      return r.use(x[0]);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(e.toString(), e.getCause());
    }
  }

  static final class Resource implements AutoCloseable {
    double use(double v) {
      return v;
    }

    @Override
    public void close() {}
  }

  class Inner {
    int size() {
      return seen.size() + calls.get();
    }
  }

  int classes() {
    class Local {
      int twice(int v) {
        return 2 * v;
      }
    }
    record Pair(int a, int b) {}
    var pair = new Pair(1, 2);
    var inner = new Inner();
    Comparator<Integer> anonymous = new Comparator<>() {
      @Override
      public int compare(Integer a, Integer b) {
        return Integer.compare(b, a);
      }
    };
    return new Local().twice(pair.a()) + inner.size() + anonymous.compare(1, 2) + pair.b();
  }

  void output(double v) throws InterruptedException {
    System.out.println("v = " + v);
    System.out.printf(Locale.ROOT, "%.2f%n", v);
    System.err.println(System.lineSeparator().length());
    long t0 = System.nanoTime() + System.currentTimeMillis() + System.identityHashCode(this);
    Thread.sleep(0);
    if (Thread.interrupted() || t0 == 42) {
      throw new InterruptedException();
    }
  }

  void politeSleep() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized double synchronizedAndLoops(double[][] m) {
    double s = 0;
    outer:
    for (double[] row : m) {
      int j = 0;
      do {
        if (row.length == 0) {
          continue outer;
        }
        s += row[j];
      } while (++j < row.length);
      Object o = row;
      if (o instanceof double[] d && d.length > 3) {
        break;
      }
    }
    synchronized (this) {
      return s;
    }
  }

  double linearAlgebra(double[][] data) {
    DMatrixRMaj a = new DMatrixRMaj(data);
    DMatrixRMaj at = CommonOps_DDRM.transpose(a, null);
    DMatrixRMaj ata = new DMatrixRMaj(a.numCols, a.numCols);
    CommonOps_DDRM.mult(at, a, ata);
    DMatrixRMaj inv = new DMatrixRMaj(ata.numRows, ata.numCols);
    boolean ok = CommonOps_DDRM.invert(ata, inv);
    SimpleMatrix s = new SimpleMatrix(data);
    SimpleMatrix g = s.transpose().mult(s).plus(SimpleMatrix.identity(s.getNumCols()).scale(0.1));
    SimpleMatrix solved = g.invert().mult(s.transpose());
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
    boolean decomposed = qr.decompose(a.copy());
    var chol = DecompositionFactory_DDRM.chol(ata.numRows, true);
    var svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, true);
    return (ok ? 1 : 0) + (decomposed ? 1 : 0) + solved.get(0, 0) + CommonOps_DDRM.elementSum(inv)
        + (chol.decompose(ata.copy()) ? 1 : 0) + (svd.decompose(a.copy()) ? svd.getSingularValues()[0] : 0)
        + s.elementSum() + g.determinant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Corpus c && Objects.equals(c.seen, seen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seen, calls.get());
  }

  @Override
  public String toString() {
    return "Corpus" + seen;
  }
}
""";

  static final List<String> SOURCES = List.of(POINT, KIND, SCORER, BAD_INPUT, CORPUS);
}
