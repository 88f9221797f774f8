package mlgrader.inspection;

import java.util.Objects;

/**
 * One entry of the bytecode policy: a class or package pattern and why it is there.
 *
 * @param pattern an internal name ({@code java/lang/Runtime}, which also covers its nested classes), or a package
 *     prefix ending in {@code /} ({@code java/lang/reflect/}), or {@code *_MT_*}-style infix wrapped in stars
 * @param reason why code under test may or may not use it, in words a candidate understands
 */
public record Rule(String pattern, String reason) {

  public Rule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(reason, "reason");
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
  }

  /** Whether the internal class name {@code owner} falls under this rule. */
  public boolean matches(String owner) {
    if (pattern.length() > 2 && pattern.startsWith("*") && pattern.endsWith("*")) {
      return owner.contains(pattern.substring(1, pattern.length() - 1));
    }
    if (pattern.endsWith("/")) {
      return owner.startsWith(pattern);
    }
    return owner.equals(pattern) || owner.startsWith(pattern + "$");
  }
}
