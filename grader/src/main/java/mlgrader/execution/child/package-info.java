/**
 * The code that runs inside the child JVM: reads the job from stdin, isolates the submission in its own class
 * loader, runs the tests with the JUnit Platform Launcher and reports over a nonce-framed channel.
 */
package mlgrader.execution.child;
