package challenge.toymean.hidden;

public class MeanCalculatorHiddenTest {
}
