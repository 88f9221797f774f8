package mlgrader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the child under bubblewrap: every namespace unshared (so no network), an unprivileged uid with no
 * capabilities, a cleared environment, only the JDK, the system libraries and the needed jars mounted read-only,
 * and a private, size-capped /tmp.
 */
public final class Bubblewrap implements Sandbox {

  private static final String BWRAP = "bwrap";
  private static final String TMP_BYTES = Long.toString(64L * 1024 * 1024);
  private static volatile Boolean available;

  /** Whether bwrap is installed and can create a sandbox on this machine (checked once per JVM). */
  public static boolean available() {
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  private static boolean probe() {
    if (Boolean.getBoolean("mlgrader.noBwrap")) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(BWRAP, "--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534",
          "--cap-drop", "ALL", "--ro-bind", "/", "/", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public IsolationLevel level() {
    return IsolationLevel.BWRAP;
  }

  @Override
  public List<String> wrap(List<String> javaCommand, List<Path> readOnly) {
    Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    List<String> cmd = new ArrayList<>(List.of(BWRAP, "--clearenv", "--unshare-all", "--unshare-user",
        "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL", "--new-session", "--die-with-parent"));
    // The private /tmp comes first: a later bind lands on top of it, so jars that live under /tmp stay visible.
    cmd.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", TMP_BYTES, "--tmpfs", "/tmp"));
    Set<Path> binds = new LinkedHashSet<>();
    binds.add(realPath(javaHome));
    for (String system : List.of("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/etc/java-17-openjdk", "/etc/ld.so.cache",
        "/etc/alternatives")) {
      Path p = Path.of(system);
      if (Files.exists(p) && !Files.isSymbolicLink(p)) {
        binds.add(p);
      }
    }
    readOnly.forEach(p -> binds.add(realPath(p.toAbsolutePath().normalize())));
    for (Path p : binds) {
      cmd.addAll(List.of("--ro-bind", p.toString(), p.toString()));
    }
    for (String link : List.of("/lib", "/lib64")) {
      Path p = Path.of(link);
      if (Files.isSymbolicLink(p)) {
        try {
          cmd.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), link));
        } catch (IOException e) {
          throw new IllegalStateException("cannot read link " + link, e);
        }
      }
    }
    cmd.addAll(List.of("--chdir", "/tmp"));
    cmd.add("--");
    List<String> java = new ArrayList<>(javaCommand);
    java.set(0, javaHome.resolve("bin/java").toString());
    cmd.addAll(java);
    return cmd;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }
}
