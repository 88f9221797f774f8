/**
 * Stage 5: runs public and hidden tests against a compiled submission in a single-use child JVM and collects one
 * outcome per test invocation, blaming and resuming past hangs and crashes.
 */
package mlgrader.execution;
