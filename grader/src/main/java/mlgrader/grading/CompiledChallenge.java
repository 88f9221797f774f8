package mlgrader.grading;

import java.util.List;
import java.util.Objects;
import mlgrader.compilation.ClassFiles;

/**
 * The expensive, cacheable part of preparing a challenge: what javac made of its trusted sources.
 *
 * @param reference the given API plus the reference
 * @param tests public tests, hidden tests and the oracle
 * @param publicTestClasses top-level public test classes
 * @param hiddenTestClasses top-level hidden test classes
 */
record CompiledChallenge(ClassFiles reference, ClassFiles tests, List<String> publicTestClasses, List<String> hiddenTestClasses) {
  CompiledChallenge {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(tests, "tests");
    publicTestClasses = List.copyOf(publicTestClasses);
    hiddenTestClasses = List.copyOf(hiddenTestClasses);
  }
}
