package challenge.cv;

import java.util.List;

/** Your implementation of {@link FoldSplitter}; see README.md for the binding conventions. */
public class FoldSplitterImpl implements FoldSplitter {

  public FoldSplitterImpl() {}

  @Override
  public int[] kFoldAssignment(int n, int k) {
    throw new UnsupportedOperationException("kFoldAssignment is not implemented yet");
  }

  @Override
  public int[] stratifiedAssignment(int[] y, int k) {
    throw new UnsupportedOperationException("stratifiedAssignment is not implemented yet");
  }

  @Override
  public List<Split> splits(int[] foldOf, int k) {
    throw new UnsupportedOperationException("splits is not implemented yet");
  }
}
