/**
 * Stage 2: reads a submission (folder, zip or candidate repository), keeps only the files a candidate may
 * write, and records what it ignored.
 */
package mlgrader.submission;
