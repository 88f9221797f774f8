/** Stage 1: finds challenges on disk and reads their metadata, given files, hidden suites, references and mutants. */
package mlgrader.catalog;
