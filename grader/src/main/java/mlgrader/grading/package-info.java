/** Runs the pipeline: prepares a challenge once, then takes each submission through every stage to a result. */
package mlgrader.grading;
