import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file work of {@code cohort-throughput.sh}: generates the cohort and reads grade-all's reports, so the
 * benchmark needs only a JDK. Run with the source launcher, Jackson on the class path:
 *
 * <pre>
 * java -cp "grader/target/lib/*" grader/bench/CohortBench.java generate CHALLENGE_DIR SIZE COHORT_DIR FLOOR_DIR FLOOR
 * java -cp "grader/target/lib/*" grader/bench/CohortBench.java outcomes OUT_DIR
 * java -cp "grader/target/lib/*" grader/bench/CohortBench.java median-duration OUT_DIR
 * </pre>
 */
final class CohortBench {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The first reports of the floor run pay for the warm-up and are left out of its median. */
  private static final int FLOOR_WARMUP = 2;

  public static void main(String[] args) throws IOException {
    String command = args.length == 0 ? "" : args[0];
    if (command.equals("generate") && args.length == 6) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]), Integer.parseInt(args[5]));
    } else if (command.equals("outcomes") && args.length == 2) {
      outcomes(Path.of(args[1]));
    } else if (command.equals("median-duration") && args.length == 2) {
      medianDuration(Path.of(args[1]));
    } else {
      System.err.println("usage: CohortBench generate CHALLENGE_DIR SIZE COHORT_DIR FLOOR_DIR FLOOR"
          + " | outcomes OUT_DIR | median-duration OUT_DIR");
      System.exit(2);
    }
  }

  /** Writes the cohort and the floor's reference copies; prints how many submissions of each kind. */
  private static void generate(Path challengeDir, int size, Path cohortDir, Path floorDir, int floor) throws IOException {
    ChallengeSources challenge = ChallengeSources.load(challengeDir);
    Map<String, Integer> counts = Cohort.write(challenge, size, cohortDir);
    Cohort.writeCopies(challenge.reference(), floorDir, floor);
    System.out.println("cohort: " + listing(counts));
  }

  /** Prints how many reports of a grade-all run have each outcome. */
  private static void outcomes(Path outDir) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Path report : reports(outDir)) {
      counts.merge(result(report).get("outcome").asText(), 1, Integer::sum);
    }
    System.out.println(listing(counts));
  }

  /** Prints the median durationMillis of a floor run, its warm-up reports left out. */
  private static void medianDuration(Path outDir) throws IOException {
    List<Path> reports = reports(outDir);
    long[] millis = reports.stream().skip(FLOOR_WARMUP).mapToLong(r -> result(r).get("durationMillis").asLong())
        .sorted().toArray();
    if (millis.length == 0) {
      throw new IllegalStateException(reports.size() + " floor reports: the median needs more than " + FLOOR_WARMUP);
    }
    int mid = millis.length / 2;
    // An integer, or a decimal for the mean of the two middle values.
    String median = millis.length % 2 == 1 ? String.valueOf(millis[mid]) : String.valueOf((millis[mid - 1] + millis[mid]) / 2.0);
    System.out.println(median);
  }

  /** "3 correct, 1 hang": counts in key order. */
  private static String listing(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  /** Every candidate's report.json under a grade-all output folder, sorted by path. */
  private static List<Path> reports(Path outDir) throws IOException {
    try (Stream<Path> candidates = Files.list(outDir.resolve("candidates"))) {
      return candidates.map(c -> c.resolve("report.json")).filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The one challenge result of a report. */
  private static JsonNode result(Path report) {
    try {
      return JSON.readTree(report.toFile()).get("results").get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + report, e);
    }
  }
}

/** A submission's Java files by name. */
record Sources(Map<String, String> files) {
  Sources {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  static Sources read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return new Sources(files);
  }

  /** These files with some replaced or added. */
  Sources overriddenBy(Sources other) {
    Map<String, String> merged = new TreeMap<>(files);
    merged.putAll(other.files);
    return new Sources(merged);
  }

  /** These files with one of them changed. */
  Sources edit(String file, UnaryOperator<String> change) {
    Map<String, String> edited = new TreeMap<>(files);
    edited.put(file, change.apply(files.get(file)));
    return new Sources(edited);
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
  }
}

/** What a cohort is made from: a challenge's editable file, reference, alternatives and mutants (applied to it). */
record ChallengeSources(String editable, Sources reference, List<Sources> alternatives, List<Sources> mutants) {
  ChallengeSources {
    alternatives = List.copyOf(alternatives);
    mutants = List.copyOf(mutants);
  }

  static ChallengeSources load(Path dir) throws IOException {
    JsonNode spec = CohortBench.JSON.readTree(dir.resolve("challenge.json").toFile());
    Sources reference = Sources.read(dir.resolve("reference"));
    List<Sources> alternatives = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("alternatives"))) {
      try (Stream<Path> dirs = Files.list(dir.resolve("alternatives"))) {
        for (Path alternative : dirs.filter(Files::isDirectory).sorted().toList()) {
          alternatives.add(Sources.read(alternative));
        }
      }
    }
    List<Sources> mutants = new ArrayList<>();
    for (JsonNode mutant : spec.get("mutants")) {
      mutants.add(reference.overriddenBy(Sources.read(dir.resolve("mutants").resolve(mutant.get("id").asText()))));
    }
    return new ChallengeSources(spec.get("editable").get(0).asText(), reference, alternatives, mutants);
  }

  /** The editable file's class name. */
  String className() {
    return editable.substring(0, editable.length() - ".java".length());
  }
}

/** The cohort: which kinds of submission, in which (fixed) order, and how each kind is made. */
final class Cohort {
  private static final List<String> HOSTILE = List.of(
      "if (System.nanoTime() < 0) { System.exit(3); }",
      "try { java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\")); } catch (java.io.IOException e) { }",
      "new Thread(() -> { }).start();");
  private static final Pattern OVERRIDE = Pattern.compile("@Override\\s+public[^;{]*\\)\\s*(throws[^{]*)?\\{");

  private Cohort() {}

  /** Writes {@code size} submissions as {@code c000-kind}, ... and returns how many of each kind. */
  static Map<String, Integer> write(ChallengeSources challenge, int size, Path dir) throws IOException {
    List<String> kinds = kinds(size);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < kinds.size(); i++) {
      String kind = kinds.get(i);
      int n = counts.merge(kind, 1, Integer::sum) - 1;
      make(challenge, kind, n).write(dir.resolve(String.format(Locale.ROOT, "c%03d-%s", i, kind)));
    }
    return counts;
  }

  /** Writes {@code count} copies of {@code sources} as {@code ref000}, ... */
  static void writeCopies(Sources sources, Path dir, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      sources.write(dir.resolve(String.format(Locale.ROOT, "ref%03d", i)));
    }
  }

  /** One hang, 3 % syntax errors, 4 % policy violations (at least one each), 40 % correct, the rest partial. */
  private static List<String> kinds(int size) {
    List<String> kinds = new ArrayList<>(List.of("hang"));
    kinds.addAll(Collections.nCopies(Math.max(1, size * 3 / 100), "syntax"));
    kinds.addAll(Collections.nCopies(Math.max(1, size * 4 / 100), "policy"));
    kinds.addAll(Collections.nCopies(size * 40 / 100, "correct"));
    kinds.addAll(Collections.nCopies(Math.max(0, size - kinds.size()), "partial"));
    Collections.shuffle(kinds, new Random(42));
    return kinds;
  }

  /** The {@code n}th submission of a kind: correct and partial ones take the next answer or mutant in turn. */
  private static Sources make(ChallengeSources c, String kind, int n) {
    List<Sources> correct = new ArrayList<>(List.of(c.reference()));
    correct.addAll(c.alternatives());
    return switch (kind) {
      case "correct" -> correct.get(n % correct.size());
      case "partial" -> c.mutants().get(n % c.mutants().size());
      case "syntax" -> c.reference().edit(c.editable(), Cohort::breakSyntax);
      case "policy" ->
          c.reference().edit(c.editable(), src -> injectStatic(src, c.className(), HOSTILE.get(n % HOSTILE.size())));
      case "hang" -> c.reference().edit(c.editable(), Cohort::hang);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Adds a statement that does not compile after each of the first two opening braces. */
  private static String breakSyntax(String src) {
    return String.join("{ int broken = ; ", src.split("\\{", 3));
  }

  /** Adds a static initialiser running {@code code} at the top of the class. */
  private static String injectStatic(String src, String className, String code) {
    Matcher m = Pattern.compile("class\\s+" + Pattern.quote(className) + "\\b[^{]*\\{").matcher(src);
    if (!m.find()) {
      throw new IllegalStateException("no class " + className + " in the editable file");
    }
    return src.substring(0, m.end()) + "\n  static {\n    " + code + "\n  }\n" + src.substring(m.end());
  }

  /** Makes the last overriding method loop for ever. */
  private static String hang(String src) {
    Matcher m = OVERRIDE.matcher(src);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      throw new IllegalStateException("no @Override public method in the editable file");
    }
    return src.substring(0, end) + "\n    if (System.nanoTime() != 0) { while (true) { } }\n" + src.substring(end);
  }
}
