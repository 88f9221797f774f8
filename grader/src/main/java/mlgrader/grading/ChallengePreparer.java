package mlgrader.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mlgrader.catalog.CandidateRepository;
import mlgrader.catalog.CatalogException;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.ChallengeSpec;
import mlgrader.catalog.SourceFile;
import mlgrader.compilation.ClassFiles;
import mlgrader.compilation.CompilationOutput;
import mlgrader.compilation.InMemoryCompiler;
import mlgrader.compilation.OracleRelocator;
import mlgrader.execution.ChildClasspath;
import mlgrader.inspection.BytecodePolicy;
import mlgrader.report.Diagnostic;
import mlgrader.report.Visibility;
import mlgrader.scoring.ExpectedTest;
import mlgrader.scoring.SuiteReader;

/**
 * Compiles a challenge's trusted parts once: the given API with the reference, the oracle copy of the reference,
 * and the public and hidden suites against them; then reads and checks the expected-test table.
 *
 * <p>Every failure here is the challenge author's, so it is a {@link CatalogException} naming the file.
 */
public final class ChallengePreparer {

  private final InMemoryCompiler solutionCompiler;
  private final InMemoryCompiler testCompiler;
  private final CompiledChallengeCache cache;

  /** A preparer that keeps compiled challenges in {@code cacheDir} (null: no cache). */
  public ChallengePreparer(Path cacheDir) {
    this.cache = new CompiledChallengeCache(cacheDir, GraderVersion.buildKey());
    List<Path> libraries = ChildClasspath.libraries();
    this.solutionCompiler = new InMemoryCompiler(libraries);
    List<Path> testPath = new ArrayList<>(ChildClasspath.testCompile());
    testPath.addAll(libraries);
    this.testCompiler = new InMemoryCompiler(testPath);
  }

  /** The compiler for submissions (the libraries only on its class path). */
  public InMemoryCompiler solutionCompiler() {
    return solutionCompiler;
  }

  public PreparedChallenge prepare(Challenge challenge) throws CatalogException {
    ChallengeSpec spec = challenge.spec();
    try {
      List<SourceFile> given = challenge.givenSources();
      List<SourceFile> publicSources = challenge.publicTestSources();
      CompiledChallenge compiled = compiledOrCached(challenge, given, publicSources);
      ClassFiles tests = compiled.tests();
      List<ExpectedTest> expected = new ArrayList<>(SuiteReader.read(
          tests.filter(n -> isIn(n, compiled.publicTestClasses())).bytes(), Visibility.PUBLIC));
      List<ExpectedTest> hidden = SuiteReader.read(
          tests.filter(n -> isIn(n, compiled.hiddenTestClasses())).bytes(), Visibility.HIDDEN);
      checkGroups(challenge, hidden);
      expected.addAll(hidden);
      Set<String> required = new HashSet<>();
      spec.editable().forEach(f -> required.add(spec.packageName() + "." + f.replace(".java", "")));
      Map<String, String> givenFiles = new HashMap<>();
      given.forEach(g -> givenFiles.put(g.fileName(), g.content()));
      publicSources.forEach(p -> givenFiles.put(p.fileName(), p.content()));
      BytecodePolicy policy = BytecodePolicy.standard().withDenied(spec.policy().deny(), "this challenge asks you to implement it yourself");
      return new PreparedChallenge(challenge, given, givenFiles, CandidateRepository.of(challenge).protectedFiles(),
          compiled.reference(), tests,
          compiled.publicTestClasses(), compiled.hiddenTestClasses(), expected, required, policy);
    } catch (IOException e) {
      throw new CatalogException("cannot read challenge " + challenge.id() + ": " + e.getMessage(), e);
    }
  }

  private CompiledChallenge compiledOrCached(Challenge challenge, List<SourceFile> given, List<SourceFile> publicSources)
      throws IOException, CatalogException {
    var cached = cache.load(challenge);
    if (cached.isPresent()) {
      return cached.get();
    }
    CompiledChallenge compiled = compile(challenge, given, publicSources);
    cache.store(challenge, compiled);
    return compiled;
  }

  private CompiledChallenge compile(Challenge challenge, List<SourceFile> given, List<SourceFile> publicSources)
      throws IOException, CatalogException {
    List<SourceFile> referenceSources = challenge.referenceSources();
    if (referenceSources.isEmpty()) {
      throw new CatalogException(challenge.hiddenDir() + ": no reference solution in reference/");
    }
    ClassFiles reference = compile(solutionCompiler, concat(given, referenceSources), ClassFiles.EMPTY, challenge, "reference");
    Set<String> own = referenceSources.stream().map(SourceFile::simpleName).collect(Collectors.toSet());
    ClassFiles oracle = OracleRelocator.relocate(reference, challenge.spec().packageName(), own);
    ClassFiles onPath = reference.plus(oracle);
    List<SourceFile> hiddenSources = challenge.hiddenTestSources();
    if (hiddenSources.isEmpty()) {
      throw new CatalogException(challenge.hiddenDir() + ": no hidden suite in hidden/");
    }
    ClassFiles publicTests = compile(testCompiler, publicSources, onPath, challenge, "public tests");
    ClassFiles hiddenTests = compile(testCompiler, hiddenSources, onPath, challenge, "hidden suite");
    return new CompiledChallenge(reference, publicTests.plus(hiddenTests).plus(oracle), topLevel(publicTests), topLevel(hiddenTests));
  }

  /** Whether {@code binaryName} is one of {@code topLevel} or nested in one. */
  private static boolean isIn(String binaryName, List<String> topLevel) {
    int dollar = binaryName.indexOf('$');
    return topLevel.contains(dollar < 0 ? binaryName : binaryName.substring(0, dollar));
  }

  private static ClassFiles compile(InMemoryCompiler compiler, List<SourceFile> sources, ClassFiles onPath, Challenge challenge, String what)
      throws CatalogException {
    CompilationOutput out = compiler.compile(sources, onPath);
    if (!out.succeeded()) {
      throw new CatalogException("challenge " + challenge.id() + ": the " + what + " does not compile:\n"
          + out.errors().stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
    return out.classes();
  }

  private static void checkGroups(Challenge challenge, List<ExpectedTest> hidden) throws CatalogException {
    ChallengeSpec spec = challenge.spec();
    for (ExpectedTest t : hidden) {
      if (spec.group(t.group()) == null) {
        throw new CatalogException("challenge " + challenge.id() + ": hidden test " + t.key()
            + " is not inside a @Nested class named after a group of challenge.json");
      }
    }
    for (ChallengeSpec.GroupSpec g : spec.groups()) {
      if (hidden.stream().noneMatch(t -> t.group().equals(g.name()))) {
        throw new CatalogException("challenge " + challenge.id() + ": group " + g.name() + " has no hidden test");
      }
    }
  }

  private static List<String> topLevel(ClassFiles classes) {
    return classes.names().stream().filter(n -> !n.contains("$")).toList();
  }

  private static List<SourceFile> concat(List<SourceFile> a, List<SourceFile> b) {
    List<SourceFile> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
