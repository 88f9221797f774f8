package mlgrader.grading;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.SourceFile;
import mlgrader.compilation.ClassFiles;
import mlgrader.inspection.BytecodePolicy;
import mlgrader.scoring.ExpectedTest;

/**
 * A challenge compiled and checked once, ready to grade any number of submissions.
 *
 * @param challenge the challenge
 * @param givenSources the trusted API and support sources, compiled with every submission
 * @param givenFiles given file name → content, to recognise (and ignore) candidate copies
 * @param protectedFiles repository path → content of every file a candidate repository must keep unchanged
 * @param reference the given API plus the reference, compiled
 * @param tests public tests, hidden tests and the oracle, compiled
 * @param publicTestClasses top-level public test classes
 * @param hiddenTestClasses top-level hidden test classes
 * @param expected every expected test, public then hidden
 * @param requiredClasses binary names of the classes the candidate must write
 * @param policy the bytecode policy for this challenge
 */
public record PreparedChallenge(
    Challenge challenge,
    List<SourceFile> givenSources,
    Map<String, String> givenFiles,
    Map<String, byte[]> protectedFiles,
    ClassFiles reference,
    ClassFiles tests,
    List<String> publicTestClasses,
    List<String> hiddenTestClasses,
    List<ExpectedTest> expected,
    Set<String> requiredClasses,
    BytecodePolicy policy) {

  public PreparedChallenge {
    Objects.requireNonNull(challenge, "challenge");
    givenSources = List.copyOf(givenSources);
    givenFiles = Map.copyOf(givenFiles);
    protectedFiles = Map.copyOf(protectedFiles);
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(tests, "tests");
    publicTestClasses = List.copyOf(publicTestClasses);
    hiddenTestClasses = List.copyOf(hiddenTestClasses);
    expected = List.copyOf(expected);
    requiredClasses = Set.copyOf(requiredClasses);
    Objects.requireNonNull(policy, "policy");
  }

  /** Whether {@code binaryName} was compiled from one of the given sources. */
  public boolean isGiven(String binaryName) {
    for (SourceFile s : givenSources) {
      String top = s.path().replace('/', '.').replaceAll("\\.java$", "");
      if (binaryName.equals(top) || binaryName.startsWith(top + "$")) {
        return true;
      }
    }
    return false;
  }
}
