package mlgrader.validation;

import java.util.Objects;

/**
 * One validation check and its verdict.
 *
 * @param name what was checked ("reference scores 100 %", "mutant M3 scores below 100 %")
 * @param passed whether it held
 * @param detail the evidence (scores, failing groups), or why it failed
 */
public record Check(String name, boolean passed, String detail) {
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }
}
