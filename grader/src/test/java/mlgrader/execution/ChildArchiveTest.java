package mlgrader.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildArchiveTest {

  @Test
  void aClassFolderOnTheClassPathMeansNoArchiveAndNoTrainingRun(@TempDir Path dir) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(classes.resolve("A.class"), "x");
    ChildArchive archive = new ChildArchive(dir.resolve("cache"));
    assertEquals(java.util.Optional.empty(), archive.archiveFor(TestRunner.JAVA_OPTIONS, List.of(classes)));
    assertFalse(Files.exists(dir.resolve("cache/child-cds")), "nothing was trained");
  }

  @Test
  void theKeyChangesWhenAJarOrAnOptionChanges(@TempDir Path dir) throws Exception {
    Path jar = Files.writeString(dir.resolve("a.jar"), "one");
    String first = ChildArchive.key(List.of("-Xss4m"), List.of(jar));
    assertEquals(first, ChildArchive.key(List.of("-Xss4m"), List.of(jar)), "stable");
    assertNotEquals(first, ChildArchive.key(List.of("-Xss8m"), List.of(jar)), "another option");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
    assertNotEquals(first, ChildArchive.key(List.of("-Xss4m"), List.of(jar)), "a rebuilt jar");
    Files.writeString(jar, "longer content");
    assertNotEquals(first, ChildArchive.key(List.of("-Xss4m"), List.of(jar)), "a changed jar");
  }

  @Test
  void aFailedTrainingRunMeansNoArchive(@TempDir Path dir) throws Exception {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
    ChildArchive archive = new ChildArchive(dir.resolve("cache"));
    assertEquals(java.util.Optional.empty(), archive.archiveFor(TestRunner.JAVA_OPTIONS, List.of(notAJar)));
    try (var files = Files.list(dir.resolve("cache/child-cds"))) {
      assertEquals(List.of(), files.toList(), "no archive and no temporary file is left");
    }
  }

  @Test
  void theJarsAManifestNamesAreFoundSoTheSandboxCanShowThem(@TempDir Path dir) throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.writeString(lib.resolve("one.jar"), "1");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/one.jar lib/missing.jar");
    Path jar = dir.resolve("app.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
    }
    assertEquals(List.of(lib.resolve("one.jar")), ChildArchive.manifestClassPath(List.of(jar)));
    assertEquals(List.of(), ChildArchive.manifestClassPath(List.of(lib.resolve("one.jar"))), "not a jar: names nothing");
  }
}
