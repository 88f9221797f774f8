package mlgrader.report;

/**
 * The twelve sections of the interview-question list that challenges drill ({@link ChallengeResult#section()}):
 * the axes of a candidate's skill profile.
 */
public enum InterviewTopic {
  CORE_ALGORITHMS(1, "Core machine-learning algorithms"),
  MATHEMATICAL_FOUNDATIONS(2, "Mathematical foundations"),
  MODEL_EVALUATION(3, "Model evaluation & selection"),
  OPTIMIZATION(4, "Optimization techniques"),
  DEEP_LEARNING(5, "Deep-learning concepts"),
  INTERPRETABILITY(6, "Model interpretability"),
  FEATURE_ENGINEERING(7, "Feature engineering"),
  DEPLOYMENT(8, "Model deployment & production"),
  UNSUPERVISED(9, "Unsupervised learning"),
  RECOMMENDER_SYSTEMS(10, "Recommender systems"),
  TIME_SERIES(11, "Time-series forecasting"),
  INDUSTRY_APPLICATIONS(12, "Industry applications & real-world scenarios");

  private final int section;
  private final String title;

  InterviewTopic(int section, String title) {
    this.section = section;
    this.title = title;
  }

  /** The section number, 1–12. */
  public int section() {
    return section;
  }

  /** A human title. */
  public String title() {
    return title;
  }

  /** The topic of a section number. */
  public static InterviewTopic of(int section) {
    for (InterviewTopic t : values()) {
      if (t.section == section) {
        return t;
      }
    }
    throw new IllegalArgumentException("no interview section " + section + " (1-12)");
  }
}
