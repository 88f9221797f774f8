package challenge.cv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Alternative: a class whose labels sit at positions {@code s, s+1, …, s+m−1} of the sorted label
 * sequence receives the folds {@code (s+t) mod k}; sorting that multiset and handing its values out
 * in sample order is exactly "contiguous blocks with the round-robin counts". Written with streams
 * where they read well.
 */
public class FoldSplitterImpl implements FoldSplitter {

  public FoldSplitterImpl() {}

  @Override
  public int[] kFoldAssignment(int n, int k) {
    check(n, k);
    int[] sizes = IntStream.range(0, k).map(f -> n / k + (f < n % k ? 1 : 0)).toArray();
    return IntStream.range(0, k)
        .flatMap(f -> IntStream.generate(() -> f).limit(sizes[f]))
        .toArray();
  }

  @Override
  public int[] stratifiedAssignment(int[] y, int k) {
    Objects.requireNonNull(y);
    int n = y.length;
    check(n, k);

    // First pass: class id by first appearance, and class sizes.
    Map<Integer, Integer> classOf = new HashMap<>();
    int[] cls = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      Integer c = classOf.putIfAbsent(y[i], classOf.size());
      cls[i] = c == null ? classOf.size() - 1 : c;
      size[cls[i]]++;
    }
    int classes = classOf.size();

    // For each class, the sorted multiset of folds its sorted-sequence positions were dealt to.
    int[][] folds = new int[classes][];
    int start = 0;
    for (int c = 0; c < classes; c++) {
      int s = start;
      folds[c] = IntStream.range(0, size[c]).map(t -> (s + t) % k).sorted().toArray();
      start += size[c];
    }

    int[] used = new int[classes];
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = folds[cls[i]][used[cls[i]]++];
    }
    return out;
  }

  @Override
  public List<Split> splits(int[] foldOf, int k) {
    Objects.requireNonNull(foldOf);
    check(foldOf.length, k);
    if (Arrays.stream(foldOf).anyMatch(f -> f < 0 || f >= k)) {
      throw new IllegalArgumentException("fold index out of range");
    }
    return IntStream.range(0, k)
        .mapToObj(
            f ->
                new Split(
                    IntStream.range(0, foldOf.length).filter(i -> foldOf[i] != f).toArray(),
                    IntStream.range(0, foldOf.length).filter(i -> foldOf[i] == f).toArray()))
        .collect(Collectors.toList());
  }

  private static void check(int n, int k) {
    if (k < 2 || k > n) {
      throw new IllegalArgumentException("k out of range");
    }
  }
}
