/** Assessments: several challenges with weights, read from {@code challenges/assessments/}, graded into one report. */
package mlgrader.assessment;
