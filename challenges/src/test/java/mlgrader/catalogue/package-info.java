/** Validates the shipped catalogue with the grader itself. */
package mlgrader.catalogue;
