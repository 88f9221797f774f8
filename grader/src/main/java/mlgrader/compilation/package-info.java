/** Stage 3: compiles sources in memory, relocates the reference into the oracle package and checks API conformance. */
package mlgrader.compilation;
