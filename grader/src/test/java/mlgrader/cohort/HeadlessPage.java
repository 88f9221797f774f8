package mlgrader.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Loads a page in Debian's headless Chromium with the flags the issue prescribes (fresh profile, no sandbox, no GPU,
 * no background networking) and returns its DOM or a screenshot, with the page's console messages.
 */
final class HeadlessPage {

  private static final long TIMEOUT_SECONDS = 120;

  private final Path binary;
  private final Path scratch;

  /**
   * What one load gave.
   *
   * @param stdout Chromium's standard output (the DOM, for {@code --dump-dom})
   * @param console the page's console messages
   */
  record Load(String stdout, List<String> console) {}

  private HeadlessPage(Path binary, Path scratch) {
    this.binary = binary;
    this.scratch = scratch;
  }

  /** Chromium from {@code $CHROMIUM} or the PATH, if installed. */
  static Optional<HeadlessPage> chromium(Path scratch) {
    List<String> names = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      names.add(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      names.add(dir + "/chromium");
      names.add(dir + "/chromium-browser");
    }
    return names.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(p -> new HeadlessPage(p, scratch));
  }

  Load screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return load(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
  }

  Load dom(Path page) throws IOException, InterruptedException {
    return load(page, "--dump-dom");
  }

  private Load load(Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(scratch, "chromium", ".out");
    Path err = Files.createTempFile(scratch, "chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    if (p.exitValue() != 0) {
      throw new IOException("Chromium exited with " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
    }
    List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList();
    return new Load(Files.readString(out, StandardCharsets.UTF_8), console);
  }
}
