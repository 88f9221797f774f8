package mlgrader.kit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The relative weight of a hidden test inside its group; a test without it weighs 1.
 *
 * <p>The grader reads this annotation from the compiled test in the trusted parent process, so a
 * submission can neither change nor see it. A group's weight (from {@code challenge.json}) is shared
 * among its tests in proportion to these values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
  /** Relative weight, at least 1. */
  int value();
}
