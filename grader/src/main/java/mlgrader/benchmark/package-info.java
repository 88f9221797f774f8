/** Measures the grader against the baseline a user would otherwise run: {@code mvn -o -q test} on the same tests. */
package mlgrader.benchmark;
