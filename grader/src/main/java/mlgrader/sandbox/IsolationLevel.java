package mlgrader.sandbox;

/** The isolation in force while candidate code ran; every report records it. */
public enum IsolationLevel {
  /** Bubblewrap: no network, read-only minimal filesystem, private /tmp, unprivileged user, no capabilities. */
  BWRAP("bwrap"),
  /** A plain child process with an empty environment; the static policy is the only other barrier. */
  PROCESS_ONLY("process-only");

  private final String label;

  IsolationLevel(String label) {
    this.label = label;
  }

  /** The name used in reports. */
  public String label() {
    return label;
  }
}
