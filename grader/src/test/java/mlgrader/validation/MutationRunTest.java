package mlgrader.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mlgrader.validation.MutationRun.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationRunTest {

  private static Mutation survivor(int line, String mutator) {
    return new Mutation("FooImpl.java", line, "bar", mutator, "changed something", "SURVIVED");
  }

  @Test
  void onlyALineThatStartsWithTheIdArguesAMutant(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("EQUIVALENT.md");
    Files.writeString(file, """
        # Surviving PIT mutants argued equivalent

        - `FooImpl.java:12 MathMutator` — the two sums are equal; unlike FooImpl.java:30 NegateConditionalsMutator,
          which is only mentioned here.
        FooImpl.java:7 ConditionalsBoundaryMutator — a bare line counts too.
        """);
    Mutation argued = survivor(12, "MathMutator");
    Mutation bare = survivor(7, "ConditionalsBoundaryMutator");
    Mutation mentioned = survivor(30, "NegateConditionalsMutator");
    Mutation longerLine = survivor(1, "MathMutator");
    Mutation longerMutator = survivor(12, "Math");
    assertEquals(List.of(mentioned, longerLine, longerMutator),
        MutationRun.unjustified(List.of(argued, bare, mentioned, longerLine, longerMutator), file));
  }

  @Test
  void withoutAFileNothingIsArgued(@TempDir Path dir) throws Exception {
    Mutation m = survivor(3, "MathMutator");
    assertEquals(List.of(m), MutationRun.unjustified(List.of(m), dir.resolve("EQUIVALENT.md")));
  }
}
