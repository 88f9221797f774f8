package challenge.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alternative: follows the statement literally, with collections. Classes are the keys of a {@link
 * LinkedHashMap} (insertion order = first appearance), the {@code alloc[f][c]} table is filled by
 * dealing the sorted label sequence one position at a time, and each class then walks the table.
 */
public class FoldSplitterImpl implements FoldSplitter {

  public FoldSplitterImpl() {}

  @Override
  public int[] kFoldAssignment(int n, int k) {
    requireValidK(n, k);
    int small = n / k;
    int bigFolds = n % k;
    int bigEnd = bigFolds * (small + 1); // samples before this index are in the larger folds
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i < bigEnd ? i / (small + 1) : bigFolds + (i - bigEnd) / small;
    }
    return out;
  }

  @Override
  public int[] stratifiedAssignment(int[] y, int k) {
    if (y == null) {
      throw new IllegalArgumentException("y must not be null");
    }
    requireValidK(y.length, k);

    Map<Integer, List<Integer>> samplesByClass = new LinkedHashMap<>();
    for (int i = 0; i < y.length; i++) {
      samplesByClass.computeIfAbsent(y[i], label -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> classes = new ArrayList<>(samplesByClass.values());

    int[][] alloc = new int[k][classes.size()];
    int position = 0;
    for (int c = 0; c < classes.size(); c++) {
      for (int t = 0; t < classes.get(c).size(); t++) {
        alloc[position % k][c]++;
        position++;
      }
    }

    int[] result = new int[y.length];
    for (int c = 0; c < classes.size(); c++) {
      List<Integer> samples = classes.get(c);
      int next = 0;
      for (int f = 0; f < k; f++) {
        for (int t = 0; t < alloc[f][c]; t++) {
          result[samples.get(next)] = f;
          next++;
        }
      }
    }
    return result;
  }

  @Override
  public List<Split> splits(int[] foldOf, int k) {
    if (foldOf == null) {
      throw new IllegalArgumentException("foldOf must not be null");
    }
    requireValidK(foldOf.length, k);
    List<List<Integer>> testLists = new ArrayList<>();
    List<List<Integer>> trainLists = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      testLists.add(new ArrayList<>());
      trainLists.add(new ArrayList<>());
    }
    for (int i = 0; i < foldOf.length; i++) {
      if (foldOf[i] < 0 || foldOf[i] >= k) {
        throw new IllegalArgumentException("bad fold index at " + i);
      }
    }
    for (int i = 0; i < foldOf.length; i++) {
      for (int f = 0; f < k; f++) {
        (foldOf[i] == f ? testLists : trainLists).get(f).add(i);
      }
    }
    List<Split> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      out.add(new Split(toArray(trainLists.get(f)), toArray(testLists.get(f))));
    }
    return out;
  }

  private static int[] toArray(List<Integer> values) {
    int[] a = new int[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }

  private static void requireValidK(int n, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2");
    }
    if (k > n) {
      throw new IllegalArgumentException("k must not exceed the number of samples");
    }
  }
}
