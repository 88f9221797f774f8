package mlgrader.execution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mlgrader.compilation.ClassFiles;
import org.junit.jupiter.api.Test;

class TestJobTest {

  private static final ClassFiles SOLUTION =
      new ClassFiles(
          Map.of(
              "challenge.demo.Model", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1},
              "challenge.demo.ModelImpl$1", new byte[0]));
  private static final ClassFiles TESTS =
      new ClassFiles(
          Map.of(
              "challenge.demo.hidden.ModelHiddenTest$Golden", new byte[] {1, 2, 3},
              "challenge.demo.oracle.ModelImpl", new byte[300_000]));

  @Test
  void aJobSurvivesTheBinaryRoundTrip() throws IOException {
    TestJob job =
        new TestJob(
            "nonce-ü-1",
            1500,
            List.of("/opt/lib/ejml-core.jar", "/opt/lib/ejml-ddense.jar"),
            SOLUTION,
            TESTS,
            List.of("challenge.demo.hidden.ModelHiddenTest", "challenge.demo.ModelPublicTest"),
            Set.of("[engine:junit-jupiter]/[class:B]", "[engine:junit-jupiter]/[class:A]"));
    TestJob back = roundTrip(job);
    assertEquals(job.nonce(), back.nonce());
    assertEquals(1500, back.testTimeoutMillis());
    assertEquals(job.libraryJars(), back.libraryJars());
    assertEquals(
        job.testClassNames(), back.testClassNames(), "the run order of test classes is kept");
    assertEquals(job.skip(), back.skip());
    assertSameClasses(SOLUTION, back.solution());
    assertSameClasses(TESTS, back.tests());
  }

  @Test
  void anEmptyJobSurvivesTheRoundTrip() throws IOException {
    TestJob back =
        roundTrip(
            new TestJob(
                "n", 0, List.of(), ClassFiles.EMPTY, ClassFiles.EMPTY, List.of(), Set.of()));
    assertEquals(Set.of(), back.solution().names());
    assertEquals(List.of(), back.testClassNames());
    assertEquals(Set.of(), back.skip());
  }

  @Test
  void skippingAddsToTheInvocationsAlreadySkipped() throws IOException {
    TestJob job =
        new TestJob(
            "n", 10, List.of(), ClassFiles.EMPTY, ClassFiles.EMPTY, List.of("T"), Set.of("a"));
    assertEquals(Set.of("a", "b", "c"), roundTrip(job.skipping(Set.of("b", "c"))).skip());
  }

  @Test
  void bytesThatAreNotAJobAreRefused() {
    byte[] garbage = {0, 0, 0, 7, 1, 2, 3};
    IOException e =
        assertThrows(
            IOException.class,
            () -> TestJob.readFrom(new DataInputStream(new ByteArrayInputStream(garbage))));
    assertEquals("not a grader job (bad magic number)", e.getMessage());
  }

  private static TestJob roundTrip(TestJob job) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    job.writeTo(new DataOutputStream(bytes));
    return TestJob.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static void assertSameClasses(ClassFiles expected, ClassFiles actual) {
    assertEquals(expected.names(), actual.names());
    for (String name : expected.names()) {
      assertArrayEquals(expected.get(name), actual.get(name), name);
    }
  }
}
