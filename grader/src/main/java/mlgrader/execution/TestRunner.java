package mlgrader.execution;

import mlgrader.catalog.TempTree;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mlgrader.report.Finding;
import mlgrader.report.TestStatus;
import mlgrader.sandbox.Sandbox;

/**
 * Runs a {@link TestJob} in single-use child JVMs and returns one outcome per invocation.
 *
 * <p>The parent never trusts the child to finish: a wall clock bounds the whole run, a per-test watchdog kills a
 * child stuck in a test beyond its timeout (a constructor or static initializer that never returns is not
 * covered by JUnit's timeout), and when a child dies or halts after a timeout the test in flight is blamed and a
 * fresh child runs the rest.
 */
public final class TestRunner {

  private static final int MAX_CHILD_STARTS = 12;
  private static final long IDLE_GRACE_MILLIS = 30_000;

  /** The child JVM's options besides its heap, class path and class-data archive. */
  static final List<String> JAVA_OPTIONS = List.of("-Xss4m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
      "-XX:ActiveProcessorCount=1", "-Xshare:auto", "-Djava.io.tmpdir=/tmp", "-Dfile.encoding=UTF-8", "-Duser.language=en",
      "-Djava.awt.headless=true");

  private final Sandbox sandbox;
  private final List<Path> runnerClasspath;
  private final ChildArchive archive;
  private final SecureRandom random = new SecureRandom();

  public TestRunner(Sandbox sandbox, List<Path> runnerClasspath) {
    this(sandbox, runnerClasspath, null);
  }

  /** A runner whose children map the class-data archive kept by {@code archive} (null: none). */
  public TestRunner(Sandbox sandbox, List<Path> runnerClasspath, ChildArchive archive) {
    this.sandbox = sandbox;
    this.runnerClasspath = List.copyOf(runnerClasspath);
    this.archive = archive;
  }

  /**
   * Runs the job.
   *
   * @param job what to run (its nonce is replaced by a fresh random one)
   * @param timeouts each test key's own timeout in milliseconds (the job's default applies to the rest)
   * @param heapMegabytes heap of each child
   * @param runTimeoutMillis wall clock for the whole run
   */
  public RunResult run(TestJob job, Map<String, Long> timeouts, int heapMegabytes, long runTimeoutMillis)
      throws IOException, InterruptedException {
    return run(job, timeouts, heapMegabytes, runTimeoutMillis, prestart(heapMegabytes, List.of()));
  }

  /**
   * Starts a child for a job that is not ready yet (it warms up meanwhile); hand it to {@link #run(TestJob, Map,
   * int, long, PendingChild)} or close it.
   *
   * @param libraryJars jars the job will put on the submission's class path (mounted read-only in the sandbox)
   */
  public PendingChild prestart(int heapMegabytes, List<String> libraryJars) throws IOException {
    List<Path> readOnly = new ArrayList<>(runnerClasspath);
    libraryJars.forEach(j -> readOnly.add(Path.of(j)));
    Optional<Path> shared = archive == null ? Optional.empty() : archive.archiveFor(JAVA_OPTIONS, runnerClasspath);
    if (shared.isPresent()) {
      readOnly.add(shared.get());
      readOnly.addAll(ChildArchive.manifestClassPath(runnerClasspath));
    }
    List<String> cmd = sandbox.wrap(command(heapMegabytes, shared), readOnly);
    Path workDir = Files.createTempDirectory("mlgrader-run");
    List<String> warm = new ArrayList<>(cmd);
    warm.add("--warm");
    return new PendingChild(ChildProcess.launch(warm, workDir), cmd, workDir);
  }

  /** Runs the job, starting with a child made by {@link #prestart}. */
  public RunResult run(TestJob job, Map<String, Long> timeouts, int heapMegabytes, long runTimeoutMillis, PendingChild first)
      throws IOException, InterruptedException {
    TestJob fresh = new TestJob(newNonce(), job.testTimeoutMillis(), job.libraryJars(), job.solution(), job.tests(),
        job.testClassNames(), job.skip());
    Run run = new Run(fresh, timeouts, System.nanoTime() + runTimeoutMillis * 1_000_000);
    try {
      run.execute(first);
    } finally {
      first.close();
      TempTree.delete(first.workDir());
    }
    return new RunResult(run.outcomes, List.copyOf(new LinkedHashSet<>(run.findings)), sandbox.level(), run.starts);
  }

  private String newNonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private List<String> command(int heapMegabytes, Optional<Path> sharedArchive) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMegabytes + "m"));
    cmd.addAll(JAVA_OPTIONS);
    sharedArchive.ifPresent(a -> cmd.add("-XX:SharedArchiveFile=" + a));
    cmd.addAll(List.of("-cp", String.join(File.pathSeparator, runnerClasspath.stream().map(Path::toString).toList()),
        "mlgrader.execution.child.ChildMain"));
    return cmd;
  }

  /** The mutable state of one run across its child JVMs. */
  private final class Run {
    final List<InvocationOutcome> outcomes = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final Set<String> finished = new LinkedHashSet<>();
    final TestJob job;
    final Map<String, Long> timeouts;
    final long deadline;
    int starts;

    Run(TestJob job, Map<String, Long> timeouts, long deadline) {
      this.job = job;
      this.timeouts = timeouts;
      this.deadline = deadline;
    }

    void execute(PendingChild first) throws IOException, InterruptedException {
      boolean again = true;
      while (again) {
        if (starts == MAX_CHILD_STARTS) {
          findings.add(new Finding(Finding.Kind.SANDBOX, "", "gave up after " + starts
              + " test JVMs (too many tests hung or crashed); the remaining tests were not run"));
          return;
        }
        TestJob next = job.skipping(finished);
        starts++;
        try (ChildProcess child = starts == 1
            ? ChildProcess.attach(first.take(), next)
            : ChildProcess.start(first.command(), first.workDir(), next)) {
          again = follow(child);
        }
      }
    }

    /** Follows one child to its end; true if another child must continue the run. */
    boolean follow(ChildProcess child) throws InterruptedException {
      String inFlightId = null;
      String inFlightKey = null;
      long inFlightSince = 0;
      boolean restartAnnounced = false;
      List<String> plan = null;
      long idleSince = System.nanoTime();
      while (true) {
        long now = System.nanoTime();
        long wait = (deadline - now) / 1_000_000;
        String next = plan == null ? null : nextPlanned(plan);
        if (inFlightId != null) {
          wait = Math.min(wait, (inFlightSince + watchdogMillis(inFlightKey) * 1_000_000 - now) / 1_000_000);
        } else if (next != null) {
          // Between tests JUnit builds the next test's instance, which runs candidate code outside any timeout.
          wait = Math.min(wait, (idleSince + watchdogMillis(plan.get(plan.indexOf(next) + 1)) * 1_000_000 - now) / 1_000_000);
        } else {
          wait = Math.min(wait, job.testTimeoutMillis() + IDLE_GRACE_MILLIS);
        }
        List<String> event = wait <= 0 ? null : child.next(wait);
        if (event == null) {
          child.kill();
          boolean runOver = System.nanoTime() >= deadline;
          if (inFlightId != null) {
            blame(inFlightId, inFlightKey, TestStatus.TIMED_OUT, runOver
                ? "the whole run reached its time limit while this test was running"
                : "did not finish within its time limit and had to be killed");
          }
          if (runOver) {
            findings.add(new Finding(Finding.Kind.SANDBOX, "", "the run reached its wall-clock limit; tests not reached score 0"));
            return false;
          }
          if (inFlightId == null && next != null) {
            blame(next, plan.get(plan.indexOf(next) + 1), TestStatus.TIMED_OUT,
                "its test class could not even be set up in time (the candidate's constructor or static initializer did not return)");
            return true;
          }
          if (inFlightId == null) {
            findings.add(new Finding(Finding.Kind.SANDBOX, "", "the test JVM stopped responding and was killed"));
            return false;
          }
          return true;
        }
        if (event == ChildProcess.END_OF_STREAM) {
          int status = child.exitStatus();
          if (restartAnnounced) {
            return true;
          }
          if (plan == null && starts == 1 && outcomes.isEmpty()) {
            // No candidate code runs before the plan is sent: a child that dies this early is our failure.
            throw new IllegalStateException("the test JVM could not start (" + crashReason(status) + ")"
                + (child.stderrTail().isBlank() ? "" : ": " + child.stderrTail().strip()));
          }
          if (inFlightId != null) {
            blame(inFlightId, inFlightKey, TestStatus.CRASHED, crashReason(status));
            findings.add(new Finding(Finding.Kind.SANDBOX, inFlightKey, crashReason(status), blankToNull(child.stderrTail())));
            return true;
          }
          findings.add(new Finding(Finding.Kind.SANDBOX, "", "the test JVM ended before reporting all tests ("
              + crashReason(status) + ")", blankToNull(child.stderrTail())));
          return false;
        }
        switch (event.get(0)) {
          case Protocol.STARTED -> {
            inFlightId = event.get(1);
            inFlightKey = event.get(2);
            inFlightSince = System.nanoTime();
          }
          case Protocol.FINISHED -> {
            record(event);
            inFlightId = null;
            idleSince = System.nanoTime();
          }
          case Protocol.PLAN -> {
            plan = event.subList(1, event.size());
            idleSince = System.nanoTime();
          }
          case Protocol.CONTAINER_FAILED -> findings.add(new Finding(Finding.Kind.SANDBOX, containerName(event.get(1)),
              "a test class could not run; its tests score 0", event.get(2)));
          case Protocol.RESTART -> restartAnnounced = true;
          case Protocol.DONE -> {
            child.exitStatus();
            return false;
          }
          default -> { }
        }
      }
    }

    /** The unique id of the first planned test (or template) with no outcome yet, or null. */
    String nextPlanned(List<String> plan) {
      for (int i = 0; i + 1 < plan.size(); i += 2) {
        String id = plan.get(i);
        boolean done = finished.contains(id) || finished.stream().anyMatch(f -> f.startsWith(id + "/"));
        if (!done) {
          return id;
        }
      }
      return null;
    }

    long watchdogMillis(String key) {
      long timeout = timeouts.getOrDefault(key, job.testTimeoutMillis());
      // JUnit's own timeout fires first for a test body; this catches what it cannot interrupt (a constructor or
      // static initializer that never returns, a listener stuck in candidate code).
      return timeout + timeout / 4 + 1000;
    }

    void record(List<String> event) {
      String id = event.get(1);
      if (!finished.add(id)) {
        return;
      }
      TestStatus status;
      try {
        status = TestStatus.valueOf(event.get(3));
      } catch (IllegalArgumentException e) {
        status = TestStatus.ERRORED;
      }
      outcomes.add(new InvocationOutcome(id, event.get(2), status, parseLong(event.get(4)), event.get(5), event.get(6), event.get(7)));
      if (status == TestStatus.TIMED_OUT) {
        skipTemplateOf(id);
      }
    }

    /**
     * Invocations of a parameterized or repeated test are created while it runs, so a fresh JVM cannot skip one
     * by its id: after one hangs or crashes, the whole test is skipped (it cannot earn its points anyway).
     */
    void skipTemplateOf(String id) {
      int at = id.lastIndexOf("/[");
      if (at > 0 && (id.startsWith("test-template-invocation:", at + 2) || id.startsWith("dynamic-test:", at + 2))) {
        finished.add(id.substring(0, at));
      }
    }

    void blame(String id, String key, TestStatus status, String why) {
      if (finished.add(id)) {
        outcomes.add(new InvocationOutcome(id, key, status, 0, why, null, null));
      }
      skipTemplateOf(id);
    }
  }

  private static String crashReason(int status) {
    return switch (status) {
      case 3 -> "the test JVM ran out of memory";
      case 134, 139 -> "the test JVM crashed";
      case 137 -> "the test JVM was killed";
      default -> "the test JVM exited with status " + status;
    };
  }

  private static String containerName(String uniqueId) {
    int at = uniqueId.lastIndexOf(":");
    return at < 0 ? uniqueId : uniqueId.substring(at + 1).replace("]", "");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
