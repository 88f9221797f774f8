package challenge.cv;

import java.util.List;

/**
 * Deterministic k-fold assignment for cross-validation: plain contiguous k-fold, the stratified
 * rule of scikit-learn ≥ 0.22 {@code StratifiedKFold(shuffle=False)}, and train/test index arrays
 * per fold.
 *
 * <p>This file is given: do not edit it. Implement {@link FoldSplitterImpl}. Folds are numbered
 * {@code 0..k-1}; "fold f" of sample {@code i} means sample {@code i} is in the test set of split
 * {@code f}.
 */
public interface FoldSplitter {

  /**
   * Plain k-fold without shuffling: folds are contiguous blocks of sample indices in order; the
   * first {@code n % k} folds hold {@code n / k + 1} samples, the others {@code n / k}.
   *
   * @param n the number of samples
   * @param k the number of folds, {@code 2 ≤ k ≤ n}
   * @return a new array of length {@code n}: the fold index of each sample, non-decreasing
   * @throws IllegalArgumentException if {@code k < 2} or {@code k > n}
   */
  int[] kFoldAssignment(int n, int k);

  /**
   * Stratified fold index of each sample, identical to scikit-learn ≥ 0.22 {@code
   * StratifiedKFold(k, shuffle=False)}: classes are ordered by first appearance, the class-sorted
   * label sequence is dealt round-robin over the folds (the rotation continues across class
   * boundaries) to get per-fold class counts, and each class's samples, in index order, fill the
   * folds in contiguous blocks. See README.md.
   *
   * @param y class labels, arbitrary {@code int} values; not modified
   * @param k the number of folds, {@code 2 ≤ k ≤ y.length}
   * @return a new array of length {@code y.length}: the fold index of each sample
   * @throws IllegalArgumentException if {@code k < 2} or {@code k > y.length}
   */
  int[] stratifiedAssignment(int[] y, int k);

  /**
   * The train/test index arrays of each fold.
   *
   * @param foldOf the fold index of each sample, every value in {@code [0, k)}; not modified
   * @param k the number of folds, {@code 2 ≤ k ≤ foldOf.length}
   * @return a list of {@code k} splits, element {@code f} for fold {@code f}: {@code test} holds
   *     the indices {@code i} with {@code foldOf[i] == f}, {@code train} all other indices, both
   *     ascending and new arrays
   * @throws IllegalArgumentException if {@code k < 2}, {@code k > foldOf.length} or a fold index
   *     lies outside {@code [0, k)}
   */
  List<Split> splits(int[] foldOf, int k);

  /**
   * One cross-validation split.
   *
   * @param train the training sample indices, ascending
   * @param test the test sample indices, ascending
   */
  record Split(int[] train, int[] test) {}
}
