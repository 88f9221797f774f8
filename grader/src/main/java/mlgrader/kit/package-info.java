/**
 * The test kit that hidden suites use: points, tolerance assertions, purity checks, scripted randomness,
 * gradient checks and seeded input generators; it runs inside the trusted test loader, never in the
 * submission's namespace.
 */
package mlgrader.kit;
