package mlgrader.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mlgrader.catalog.Catalog;
import mlgrader.catalog.CatalogLoader;
import mlgrader.catalog.Challenge;
import mlgrader.grading.Engine;
import mlgrader.sandbox.Sandbox;
import mlgrader.validation.CatalogValidator;
import mlgrader.validation.ChallengeValidation;
import mlgrader.validation.Check;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every challenge of the shipped catalogue is sound: the same checks as {@code grader validate}, run through the
 * real pipeline and sandbox, one dynamic test per challenge.
 */
class CatalogueValidationIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Catalog catalog() throws Exception {
    return CatalogLoader.load(ROOT);
  }

  @Test
  void theCatalogueHoldsTheNamedChallenges() throws Exception {
    List<String> ids = catalog().challenges().stream().map(Challenge::id).toList();
    for (String id : List.of("gradient-clipping", "logistic-regression-gradient", "stratified-k-fold", "ranking-metrics-at-k")) {
      assertTrue(ids.contains(id), "missing challenge " + id + " in " + ids);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyChallengeIsSound() throws Exception {
    Catalog catalog = catalog();
    assertFalse(catalog.challenges().isEmpty(), "no challenges found under " + ROOT);
    CatalogValidator validator = new CatalogValidator(new Engine(catalog, Sandbox.detect(), Clock.systemUTC()));
    // Two challenges at a time: each grading is its own child JVM, and the machines we run on have two cores.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Map<String, Future<ChallengeValidation>> running = new LinkedHashMap<>();
    for (Challenge c : catalog.challenges()) {
      running.put(c.id(), pool.submit(() -> validator.validate(c)));
    }
    pool.shutdown();
    return running.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      ChallengeValidation v = e.getValue().get();
      String failures = v.checks().stream().filter(k -> !k.passed())
          .map(k -> k.name() + ": " + k.detail()).collect(Collectors.joining("\n"));
      assertTrue(v.passed(), e.getKey() + " failed validation:\n" + failures);
      assertTrue(v.checks().stream().map(Check::name).anyMatch(n -> n.startsWith("mutant ")), e.getKey() + " lists no mutant");
      assertTrue(v.checks().stream().map(Check::name).anyMatch(n -> n.startsWith("alternative ")),
          e.getKey() + " has no alternative implementation");
    }));
  }
}
