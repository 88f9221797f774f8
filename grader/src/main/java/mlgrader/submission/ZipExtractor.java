package mlgrader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip into a fresh folder, refusing entries that would escape it (absolute paths, {@code ..}), links,
 * and archives over the limits; sizes are counted while inflating, so a zip bomb is stopped at the limit.
 */
public final class ZipExtractor {

  private final SubmissionLimits limits;

  public ZipExtractor(SubmissionLimits limits) {
    this.limits = limits;
  }

  /** Extracts {@code zip} into {@code target}, which must be an empty folder. */
  public void extract(Path zip, Path target) throws SubmissionException {
    long total = 0;
    int files = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      boolean any = false;
      while ((entry = in.getNextEntry()) != null) {
        any = true;
        if (++files > limits.maxFiles()) {
          throw new SubmissionException("the zip has more than " + limits.maxFiles() + " entries");
        }
        Path out = safeTarget(target, entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        total += copyCapped(in, out, limits.maxFileBytes(), limits.maxTotalBytes() - total, entry.getName());
      }
      if (!any) {
        throw new SubmissionException(zip.getFileName() + " is not a zip archive, or it is empty");
      }
    } catch (ZipException e) {
      throw new SubmissionException(zip.getFileName() + " is not a readable zip archive (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new SubmissionException("cannot read " + zip.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private Path safeTarget(Path target, String name) throws SubmissionException {
    String clean = name.replace('\\', '/');
    if (clean.startsWith("/") || clean.matches("^[A-Za-z]:.*") || clean.contains("\0")) {
      throw new SubmissionException("the zip holds an absolute path: " + printable(name));
    }
    Path out = target.resolve(clean).normalize();
    if (!out.startsWith(target) || out.equals(target)) {
      throw new SubmissionException("the zip holds a path that leaves its folder: " + printable(name));
    }
    if (target.relativize(out).getNameCount() > limits.maxDepth()) {
      throw new SubmissionException("the zip nests folders deeper than " + limits.maxDepth() + " levels");
    }
    return out;
  }

  private static long copyCapped(InputStream in, Path out, long maxFile, long remaining, String name)
      throws IOException, SubmissionException {
    byte[] buffer = new byte[8192];
    long written = 0;
    try (OutputStream os = Files.newOutputStream(out)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        if (written > maxFile) {
          throw new SubmissionException(printable(name) + " is larger than " + maxFile + " bytes");
        }
        if (written > remaining) {
          throw new SubmissionException("the zip unpacks to more than the allowed total size");
        }
        os.write(buffer, 0, n);
      }
    }
    return written;
  }

  static String printable(String name) {
    String s = name.replaceAll("[\\p{Cntrl}]", "?");
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
