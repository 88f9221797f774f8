package mlgrader.execution.child;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mlgrader.execution.Protocol;
import mlgrader.execution.TestJob;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Entry point of the child JVM. The order of the first steps is the security argument: the real stdout becomes
 * the event channel and the job (with the nonce) is read from stdin before any submission class exists; then
 * stdin, stdout and stderr are replaced, and the submission is loaded in a loader that cannot see the grader.
 */
public final class ChildMain {

  private static final int OUTPUT_CAP_PER_TEST = 16 * 1024;

  private ChildMain() {}

  public static void main(String[] args) {
    PrintStream real = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    if (List.of(args).contains("--warm")) {
      warmUp();
    }
    TestJob job;
    try {
      job = TestJob.readFrom(new DataInputStream(new BufferedInputStream(System.in)));
    } catch (IOException e) {
      System.err.println("grader child: cannot read the job: " + e.getMessage());
      Runtime.getRuntime().halt(2);
      return;
    }
    EventChannel channel = new EventChannel(real, job.nonce());
    CappedOutput captured = new CappedOutput(OUTPUT_CAP_PER_TEST);
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setIn(new ByteArrayInputStream(new byte[0]));
    System.setOut(capture);
    System.setErr(capture);

    ClassLoader libraries = new URLClassLoader("libraries", urls(job.libraryJars()), ClassLoader.getPlatformClassLoader());
    disableEjmlThreads(libraries);
    SolutionLoader solution = new SolutionLoader(libraries, job.solution().bytes());
    TestLoader tests = new TestLoader(solution, ChildMain.class.getClassLoader(), job.tests().bytes());

    Thread.currentThread().setContextClassLoader(tests);
    LauncherFactory.create(config())
        .execute(LauncherExecutionRequestBuilder.request(discovery(job, tests))
            .listeners(new ReportingListener(channel, captured, new ThrowableSummary(solution)))
            .build());
    channel.send(Protocol.DONE);
    real.flush();
    // Non-daemon threads the submission may have left behind must not keep this JVM alive.
    Runtime.getRuntime().halt(0);
  }

  /** Runs a trivial suite so the engine's classes are loaded and compiled before the job arrives. */
  private static void warmUp() {
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
      LauncherFactory.create(config()).execute(LauncherExecutionRequestBuilder.request(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(DiscoverySelectors.selectClass(WarmupSuite.class))
              .enableImplicitConfigurationParameters(false)
              .configurationParameter("junit.jupiter.execution.timeout.default", "5 s")
              .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
              .build())
          .build());
    } finally {
      System.setOut(out);
    }
  }

  private static LauncherConfig config() {
    return LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .addTestEngines(new JupiterTestEngine())
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .build();
  }

  private static LauncherDiscoveryRequest discovery(TestJob job, ClassLoader tests) {
    Set<String> skip = job.skip();
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(job.testClassNames().stream().map(n -> DiscoverySelectors.selectClass(tests, n)).toList())
        .filters((PostDiscoveryFilter) d -> skip.contains(d.getUniqueId().toString())
            ? FilterResult.excluded("finished in an earlier JVM")
            : FilterResult.included("to run"))
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("junit.jupiter.execution.timeout.default", job.testTimeoutMillis() + " ms")
        .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
        .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
        .build();
  }

  private static URL[] urls(List<String> jars) {
    List<URL> urls = new ArrayList<>();
    for (String jar : jars) {
      try {
        urls.add(Path.of(jar).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad library path " + jar, e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  /** EJML starts a ForkJoin pool for large matrices by default; threads would escape the time limits. */
  private static void disableEjmlThreads(ClassLoader libraries) {
    try {
      Class.forName("org.ejml.concurrency.EjmlConcurrency", true, libraries).getField("USE_CONCURRENT").setBoolean(null, false);
    } catch (ReflectiveOperationException | LinkageError e) {
      // No EJML concurrency support on the library path: nothing can start its pool.
    }
  }
}
