/** The {@code grader} command line: parsing and exit codes here, the work in the pipeline stages. */
package mlgrader.cli;
