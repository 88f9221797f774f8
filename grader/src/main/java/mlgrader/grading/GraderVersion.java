package mlgrader.grading;

/** The grader's version, from its jar manifest ("dev" when run from class folders). */
public final class GraderVersion {

  private GraderVersion() {}

  public static String current() {
    String v = GraderVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
