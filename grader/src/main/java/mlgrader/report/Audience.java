package mlgrader.report;

/** Who a report is for; decides what hidden-test detail it may carry. */
public enum Audience {
  /** Hidden tests appear by name, group, points and pass/fail only. */
  CANDIDATE,
  /** Everything: messages, stack traces and captured output of every test. */
  REVIEWER
}
