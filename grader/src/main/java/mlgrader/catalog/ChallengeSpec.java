package mlgrader.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contents of a {@code challenge.json}, validated.
 *
 * @param id folder name and command-line id, lower-case with dashes
 * @param title human title
 * @param section the interview-question section (1–12) it drills
 * @param questions the exact questions, e.g. "S4.4"
 * @param difficulty 1 (easy) to 3 (hard)
 * @param packageName the Java package of the API and of every candidate class
 * @param editable file names (in the package folder) the candidate may edit
 * @param groups hidden-suite groups with weights summing to 100
 * @param limits time and memory limits
 * @param policy per-challenge additions to the bytecode policy
 * @param mutants the wrong implementations the hidden suite must catch
 */
public record ChallengeSpec(
    String id,
    String title,
    int section,
    List<String> questions,
    int difficulty,
    @JsonProperty("package") String packageName,
    List<String> editable,
    List<GroupSpec> groups,
    Limits limits,
    PolicySpec policy,
    List<MutantSpec> mutants) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PACKAGE = Pattern.compile("challenge(\\.[a-z][a-z0-9]*)+");
  private static final Pattern JAVA_FILE = Pattern.compile("[A-Z][A-Za-z0-9]*\\.java");

  public ChallengeSpec {
    require(id != null && ID.matcher(id).matches(), "id must be lower-case words joined by dashes");
    require(title != null && !title.isBlank(), "title is missing");
    require(section >= 1 && section <= 12, "section must be 1..12");
    require(difficulty >= 1 && difficulty <= 3, "difficulty must be 1..3");
    require(packageName != null && PACKAGE.matcher(packageName).matches(), "package must look like challenge.<name>");
    questions = questions == null ? List.of() : List.copyOf(questions);
    require(editable != null && !editable.isEmpty(), "editable must name at least one file");
    editable = List.copyOf(editable);
    editable.forEach(f -> require(JAVA_FILE.matcher(f).matches(), "editable entry is not a Java file name: " + f));
    require(groups != null && !groups.isEmpty(), "groups are missing");
    groups = List.copyOf(groups);
    Set<String> names = new HashSet<>();
    groups.forEach(g -> require(names.add(g.name()), "duplicate group " + g.name()));
    double total = groups.stream().mapToDouble(GroupSpec::weight).sum();
    require(Math.abs(total - 100) < 1e-9, "group weights must sum to 100, not " + total);
    limits = limits == null ? Limits.DEFAULT : limits;
    policy = policy == null ? PolicySpec.NONE : policy;
    mutants = mutants == null ? List.of() : List.copyOf(mutants);
    Set<String> mutantIds = new HashSet<>();
    for (MutantSpec m : mutants) {
      require(mutantIds.add(m.id()), "duplicate mutant " + m.id());
      m.failsIn().forEach(g -> require(names.contains(g), "mutant " + m.id() + " names unknown group " + g));
    }
  }

  /** The package as a path, e.g. {@code challenge/gradclip}. */
  public String packagePath() {
    return packageName.replace('.', '/');
  }

  /** The group with this name, if declared. */
  public GroupSpec group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * A group of hidden tests (one {@code @Nested} class of the hidden suite).
   *
   * @param name the nested class's simple name
   * @param title a human title
   * @param weight points the group is worth
   */
  public record GroupSpec(String name, String title, double weight) {
    public GroupSpec {
      require(name != null && name.matches("[A-Z][A-Za-z0-9]*"), "group name must be a Java class name: " + name);
      title = title == null ? name : title;
      require(weight > 0 && weight <= 100, "group weight must be in (0, 100]: " + weight);
    }
  }

  /**
   * Time and memory limits of a run.
   *
   * @param testTimeoutMillis default per-test timeout
   * @param runTimeoutSeconds wall clock for the whole test run, restarts included
   * @param heapMegabytes heap of the test JVM
   */
  public record Limits(long testTimeoutMillis, long runTimeoutSeconds, int heapMegabytes) {
    /** 2 s a test, 120 s a run, 512 MB heap (catalog-spec §2.5, §2.6). */
    public static final Limits DEFAULT = new Limits(2000, 120, 512);

    public Limits {
      testTimeoutMillis = testTimeoutMillis == 0 ? DEFAULT_TEST_MILLIS : testTimeoutMillis;
      runTimeoutSeconds = runTimeoutSeconds == 0 ? DEFAULT_RUN_SECONDS : runTimeoutSeconds;
      heapMegabytes = heapMegabytes == 0 ? DEFAULT_HEAP_MB : heapMegabytes;
      require(testTimeoutMillis >= 100 && testTimeoutMillis <= 60_000, "testTimeoutMillis must be 100..60000");
      require(runTimeoutSeconds >= 5 && runTimeoutSeconds <= 1800, "runTimeoutSeconds must be 5..1800");
      require(heapMegabytes >= 64 && heapMegabytes <= 4096, "heapMegabytes must be 64..4096");
    }

    private static final long DEFAULT_TEST_MILLIS = 2000;
    private static final long DEFAULT_RUN_SECONDS = 120;
    private static final int DEFAULT_HEAP_MB = 512;
  }

  /**
   * Per-challenge additions to the bytecode policy.
   *
   * @param deny internal names or prefixes (e.g. {@code org/ejml/dense/row/factory/DecompositionFactory_DDRM})
   *     the candidate may not reference in this challenge
   */
  public record PolicySpec(List<String> deny) {
    /** No additions. */
    public static final PolicySpec NONE = new PolicySpec(List.of());

    public PolicySpec {
      deny = deny == null ? List.of() : List.copyOf(deny);
    }
  }

  /**
   * A wrong implementation the hidden suite must catch.
   *
   * @param id folder name under {@code mutants/}
   * @param description the bug, in a few words
   * @param failsIn groups in which it must fail at least one test
   */
  public record MutantSpec(String id, String description, List<String> failsIn) {
    public MutantSpec {
      require(id != null && id.matches("[A-Za-z0-9_-]+"), "mutant id must be a folder name: " + id);
      description = Objects.requireNonNullElse(description, "");
      require(failsIn != null && !failsIn.isEmpty(), "mutant " + id + " must name the groups it fails in");
      failsIn = List.copyOf(failsIn);
    }
  }
}
