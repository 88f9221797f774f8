package mlgrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mlgrader.catalog.SourceFile;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.CompilationOutput;
import mlgrader.compilation.InMemoryCompiler;
import mlgrader.execution.ChildClasspath;
import mlgrader.execution.InvocationOutcome;
import mlgrader.execution.RunResult;
import mlgrader.execution.TestJob;
import mlgrader.execution.TestRunner;
import mlgrader.report.TestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process boundary on its own, with the static policy out of the way: probes run inside the child JVM (as
 * test code, which no policy checks) and each passes only if bubblewrap contains what it tries.
 */
class BubblewrapContainmentIT {

  @Test
  void bubblewrapContainsFilesNetworkProcessesAndEnvironment(@TempDir Path hostDir) throws Exception {
    assumeTrue(Bubblewrap.available(), "bubblewrap is not usable on this machine (apt-get install -y bubblewrap)");
    Path secret = Files.writeString(hostDir.resolve("secret.txt"), "hidden test data");
    Path planted = hostDir.resolve("planted.txt");
    String marker = "mlgrader-probe-" + System.nanoTime();
    try (ServerSocket server = new ServerSocket(0)) {
      String probe = """
          package probe;

          import static org.junit.jupiter.api.Assertions.*;

          import java.nio.file.*;
          import org.junit.jupiter.api.Test;

          public class ContainmentProbe {
            @Test void cannotReadHostFiles() {
              assertFalse(Files.exists(Path.of("%1$s")), "host file visible");
              assertFalse(Files.exists(Path.of("/etc/passwd")), "/etc/passwd visible");
              assertFalse(Files.exists(Path.of(System.getProperty("user.home", "/root"), ".m2")), "~/.m2 visible");
            }
            @Test void cannotWriteIntoTheHost() {
              assertThrows(Exception.class, () -> Files.writeString(Path.of("%2$s"), "pwned"));
            }
            @Test void writesToTmpStayPrivate() throws Exception {
              Files.writeString(Path.of("/tmp/%3$s"), "inside only");
              assertTrue(Files.exists(Path.of("/tmp/%3$s")));
            }
            @Test void hasNoNetwork() {
              assertThrows(Exception.class, () -> new java.net.Socket("127.0.0.1", %4$d).close());
            }
            @Test void cannotStartProcesses() {
              assertThrows(Exception.class, () -> new ProcessBuilder("/bin/sh", "-c", "true").start());
            }
            @Test void environmentIsEmpty() {
              assertTrue(System.getenv().keySet().stream().allMatch(k -> k.equals("PWD")), System.getenv().keySet().toString());
            }
            @Test void runsUnprivileged() throws Exception {
              String status = Files.readString(Path.of("/proc/self/status"));
              assertTrue(status.lines().anyMatch(l -> l.startsWith("Uid:") && l.contains("65534")), "not uid 65534");
              assertTrue(status.lines().anyMatch(l -> l.matches("CapEff:\\\\s+0+")), "has capabilities");
            }
          }
          """.formatted(secret, planted, marker, server.getLocalPort());
      InMemoryCompiler compiler = new InMemoryCompiler(ChildClasspath.testCompile());
      CompilationOutput compiled = compiler.compile(List.of(new SourceFile("probe/ContainmentProbe.java", probe)), ClassFiles.EMPTY);
      assertEquals(List.of(), compiled.errors());
      TestJob job = new TestJob("", 10_000, List.of(), ClassFiles.EMPTY, compiled.classes(), List.of("probe.ContainmentProbe"), Set.of());
      RunResult run = new TestRunner(new Bubblewrap(), ChildClasspath.runner()).run(job, Map.of(), 256, 60_000);
      assertEquals(IsolationLevel.BWRAP, run.isolation());
      Map<String, InvocationOutcome> byTest = run.outcomes().stream()
          .collect(Collectors.toMap(o -> o.key().substring(o.key().indexOf('#') + 1), o -> o));
      assertEquals(7, byTest.size(), byTest.keySet().toString());
      byTest.forEach((test, outcome) -> assertEquals(TestStatus.PASSED, outcome.status(), test + ": " + outcome.message()));
    }
    assertFalse(Files.exists(planted), "the sandbox wrote into the host");
    assertFalse(Files.exists(Path.of("/tmp/" + marker)), "a write to the sandbox's /tmp reached the host");
  }
}
