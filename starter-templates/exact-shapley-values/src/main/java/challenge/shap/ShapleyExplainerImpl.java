package challenge.shap;

import java.util.function.ToDoubleFunction;

/** Your implementation of {@link ShapleyExplainer}; see README.md for the binding conventions. */
public class ShapleyExplainerImpl implements ShapleyExplainer {

  public ShapleyExplainerImpl() {}

  @Override
  public double baseValue(ToDoubleFunction<double[]> model, double[][] background) {
    throw new UnsupportedOperationException("baseValue is not implemented yet");
  }

  @Override
  public double[] exactShapley(
      ToDoubleFunction<double[]> model, double[] x, double[][] background) {
    throw new UnsupportedOperationException("exactShapley is not implemented yet");
  }
}
