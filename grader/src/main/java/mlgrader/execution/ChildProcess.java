package mlgrader.execution;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One started child JVM: its job is written to stdin, its framed event lines are queued as they arrive, its
 * stderr is kept (capped) for diagnosis, and it can be killed together with every process it started.
 */
final class ChildProcess implements AutoCloseable {

  /** Queued after the last event, when the child's stdout closes. */
  static final List<String> END_OF_STREAM = List.of();

  private static final int MAX_STDOUT_BYTES = 16 * 1024 * 1024;
  private static final int MAX_STDERR_BYTES = 64 * 1024;

  private final Process process;
  private final BlockingQueue<List<String>> events = new LinkedBlockingQueue<>();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private ChildProcess(Process process) {
    this.process = process;
  }

  /** Starts a new process (empty environment) and gives it the job. */
  static ChildProcess start(List<String> command, Path workDir, TestJob job) throws IOException {
    return attach(launch(command, workDir), job);
  }

  /** Starts a process with an empty environment in {@code workDir}. */
  static Process launch(List<String> command, Path workDir) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().clear();
    return builder.start();
  }

  /** Gives an already started process (perhaps a pre-started one) its job and follows its output. */
  static ChildProcess attach(Process process, TestJob job) {
    ChildProcess child = new ChildProcess(process);
    child.pump(job.nonce());
    try (DataOutputStream in = new DataOutputStream(new BufferedOutputStream(child.process.getOutputStream()))) {
      job.writeTo(in);
    } catch (IOException e) {
      // The child died before reading its job; the event stream ends and the runner blames that.
    }
    return child;
  }

  private void pump(String nonce) {
    Thread out = new Thread(() -> readEvents(nonce), "child-stdout");
    out.setDaemon(true);
    out.start();
    Thread err = new Thread(this::readStderr, "child-stderr");
    err.setDaemon(true);
    err.start();
  }

  private void readEvents(String nonce) {
    long bytes = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && bytes < MAX_STDOUT_BYTES) {
        bytes += line.length() + 1;
        List<String> fields = Protocol.parse(nonce, line);
        if (fields != null && !fields.isEmpty()) {
          events.add(fields);
        }
      }
    } catch (IOException e) {
      // The stream broke because the child was killed; END_OF_STREAM below tells the runner.
    } finally {
      events.add(END_OF_STREAM);
    }
  }

  private void readStderr() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getErrorStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (stderr) {
          if (stderr.size() < MAX_STDERR_BYTES) {
            stderr.write(buffer, 0, Math.min(n, MAX_STDERR_BYTES - stderr.size()));
          }
        }
      }
    } catch (IOException e) {
      // Killed; what was read so far is kept.
    }
  }

  /** The next event, or null if none arrives within {@code millis}. */
  List<String> next(long millis) throws InterruptedException {
    return events.poll(Math.max(1, millis), TimeUnit.MILLISECONDS);
  }

  /** The exit status, waiting briefly for it; -1 if the process is somehow still alive. */
  int exitStatus() throws InterruptedException {
    return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** The last part of what the child wrote to stderr (JVM errors; the submission's prints go elsewhere). */
  String stderrTail() {
    synchronized (stderr) {
      String text = stderr.toString(StandardCharsets.UTF_8);
      return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }
  }

  /** Kills the child and everything it started. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
