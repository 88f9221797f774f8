/** Grades a whole cohort in one warm parent: parallel, resumable, shardable, with cohort-level outputs. */
package mlgrader.cohort;
