/** Stage 7: redaction for an audience, and one writer per report format. */
package mlgrader.reporting;
