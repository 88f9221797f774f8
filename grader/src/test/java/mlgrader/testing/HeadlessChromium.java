package mlgrader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as the issue prescribes: a fresh profile per run, no sandbox (root), no GPU and no
 * background networking. Console messages are read from Chromium's log on stderr ({@code :CONSOLE} lines): a
 * page that runs no script should produce none, and a Content-Security-Policy violation is one.
 */
public final class HeadlessChromium {

  private static final long TIMEOUT_SECONDS = 90;

  private final Path binary;
  private final Path scratch;

  /**
   * What one run gave.
   *
   * @param stdout what Chromium printed (the DOM, for {@code --dump-dom})
   * @param consoleMessages the page's console messages
   */
  public record PageLoad(String stdout, List<String> consoleMessages) {}

  private HeadlessChromium(Path binary, Path scratch) {
    this.binary = binary;
    this.scratch = scratch;
  }

  /** Chromium, if installed ({@code $CHROMIUM}, else chromium or chromium-browser on the PATH). */
  public static Optional<HeadlessChromium> find(Path scratch) {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      candidates.add(dir + "/chromium");
      candidates.add(dir + "/chromium-browser");
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(p -> new HeadlessChromium(p, scratch));
  }

  /** Loads the page and saves a screenshot of {@code width} × {@code height} pixels. */
  public PageLoad screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
  }

  /** Loads the page and returns its DOM after load. */
  public PageLoad dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  private PageLoad run(Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path out = scratch.resolve("chromium.out");
    Path err = scratch.resolve("chromium.err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList();
    if (process.exitValue() != 0) {
      throw new IOException("Chromium exited with " + process.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new PageLoad(Files.readString(out, StandardCharsets.UTF_8), console);
  }
}
