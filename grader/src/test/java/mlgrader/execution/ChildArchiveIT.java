package mlgrader.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mlgrader.catalog.TempTree;
import mlgrader.sandbox.Sandbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The child's class-data archive from the real jars (Failsafe runs against the packaged grader): made once, reused,
 * and mappable by a child JVM inside the sandbox ({@code -Xshare:on} refuses to start when it is not).
 */
class ChildArchiveIT {

  @Test
  void theArchiveIsMadeOnceAndAChildInTheSandboxMapsIt() throws Exception {
    // Not under /tmp: the sandbox mounts a fresh, empty /tmp, which would hide an archive kept there.
    Path dir = Path.of("target", "child-cds-it").toAbsolutePath();
    TempTree.delete(dir);
    List<Path> runner = ChildClasspath.runner();
    Assumptions.assumeTrue(runner.stream().allMatch(p -> p.toString().endsWith(".jar")), "the runner class path holds a class folder: " + runner);
    // Archives of other grader builds share the folder: a recent one is kept, one unused for weeks is removed.
    Path folder = Files.createDirectories(dir.resolve("child-cds"));
    Path recent = Files.writeString(folder.resolve("recent-other-build.jsa"), "x");
    Path stale = Files.writeString(folder.resolve("stale-other-build.jsa"), "x");
    Files.setLastModifiedTime(stale, FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))));
    ChildArchive archives = new ChildArchive(dir);
    Path archive = archives.archiveFor(TestRunner.JAVA_OPTIONS, runner).orElseThrow(() -> new AssertionError("no archive was made"));
    assertTrue(Files.size(archive) > 1_000_000, "archive of " + Files.size(archive) + " bytes");
    assertTrue(Files.exists(recent), "another build's archive in use was removed");
    assertTrue(!Files.exists(stale), "a long-unused archive was kept");
    Object inode = Files.getAttribute(archive, "unix:ino");
    assertEquals(archive, new ChildArchive(dir).archiveFor(TestRunner.JAVA_OPTIONS, runner).orElseThrow(), "found again");
    assertEquals(inode, Files.getAttribute(archive, "unix:ino"), "found again, not made again");
    Files.delete(archive);
    assertEquals(archive, archives.archiveFor(TestRunner.JAVA_OPTIONS, runner).orElseThrow(), "removed under a running grader: made again");
    assertTrue(Files.isRegularFile(archive));

    List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    java.addAll(TestRunner.JAVA_OPTIONS.stream().filter(o -> !o.startsWith("-Xshare")).toList());
    java.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=info", "-cp",
        String.join(File.pathSeparator, runner.stream().map(Path::toString).toList()), "mlgrader.execution.child.ChildMain", "--warm"));
    List<Path> readOnly = new ArrayList<>(runner);
    readOnly.add(archive);
    readOnly.addAll(ChildArchive.manifestClassPath(runner));
    Process p = new ProcessBuilder(Sandbox.detect().wrap(java, readOnly)).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    // With -Xshare:on a JVM that cannot map the archive does not start; this one warmed up and then found no job.
    assertEquals(2, p.exitValue(), log);
    assertTrue(log.contains("cannot read the job"), log);
  }
}
