package mlgrader.execution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.ClassFilesCodec;

/**
 * Everything a child JVM needs for one run, sent over its stdin so that no test byte touches its disk.
 *
 * @param nonce the per-run secret that frames every event line
 * @param testTimeoutMillis the default per-test timeout
 * @param libraryJars the jars the submission may use (EJML), as absolute paths
 * @param solution the given API plus the candidate's classes
 * @param tests test classes (public, hidden and the oracle)
 * @param testClassNames the top-level test classes to run
 * @param skip unique ids of test invocations already finished in an earlier child of the same run
 */
public record TestJob(
    String nonce,
    long testTimeoutMillis,
    List<String> libraryJars,
    ClassFiles solution,
    ClassFiles tests,
    List<String> testClassNames,
    Set<String> skip) {

  public TestJob {
    Objects.requireNonNull(nonce, "nonce");
    libraryJars = List.copyOf(libraryJars);
    Objects.requireNonNull(solution, "solution");
    Objects.requireNonNull(tests, "tests");
    testClassNames = List.copyOf(testClassNames);
    skip = Set.copyOf(skip);
  }

  /** This job with more invocations to skip. */
  public TestJob skipping(Set<String> more) {
    Set<String> all = new TreeSet<>(skip);
    all.addAll(more);
    return new TestJob(nonce, testTimeoutMillis, libraryJars, solution, tests, testClassNames, all);
  }

  /** Writes this job in the binary form {@link #readFrom} reads. */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(Protocol.MAGIC);
    out.writeUTF(nonce);
    out.writeLong(testTimeoutMillis);
    writeStrings(out, libraryJars);
    ClassFilesCodec.write(out, solution);
    ClassFilesCodec.write(out, tests);
    writeStrings(out, testClassNames);
    writeStrings(out, new ArrayList<>(new TreeSet<>(skip)));
    out.flush();
  }

  /** Reads a job written by {@link #writeTo}. */
  public static TestJob readFrom(DataInputStream in) throws IOException {
    if (in.readInt() != Protocol.MAGIC) {
      throw new IOException("not a grader job (bad magic number)");
    }
    String nonce = in.readUTF();
    long timeout = in.readLong();
    List<String> jars = readStrings(in);
    ClassFiles solution = ClassFilesCodec.read(in);
    ClassFiles tests = ClassFilesCodec.read(in);
    List<String> names = readStrings(in);
    Set<String> skip = Set.copyOf(readStrings(in));
    return new TestJob(nonce, timeout, jars, solution, tests, names, skip);
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      out.writeUTF(v);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(in.readUTF());
    }
    return values;
  }
}
