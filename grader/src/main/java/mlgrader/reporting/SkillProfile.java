package mlgrader.reporting;

import java.util.ArrayList;
import java.util.List;
import mlgrader.report.ChallengeResult;
import mlgrader.report.InterviewTopic;
import mlgrader.report.Report;

/**
 * A candidate's score per interview topic: the weighted share of the points earned in the challenges that drill
 * it (an assessment's weights, else equal), or nothing for a topic no challenge of the report covers.
 */
final class SkillProfile {

  /**
   * One topic's line.
   *
   * @param topic the interview topic
   * @param challenges how many challenges of the report drill it
   * @param percent the weighted percentage earned, or NaN when no challenge covers it
   */
  record TopicScore(InterviewTopic topic, int challenges, double percent) {
    boolean assessed() {
      return challenges > 0;
    }
  }

  private SkillProfile() {}

  /** One line per topic, in section order. */
  static List<TopicScore> of(Report report) {
    List<TopicScore> lines = new ArrayList<>();
    for (InterviewTopic topic : InterviewTopic.values()) {
      double weights = 0;
      double earned = 0;
      int count = 0;
      for (ChallengeResult r : report.results()) {
        if (r.section() != topic.section() || r.maxScore() == 0) {
          continue;
        }
        double w = report.assessment() == null ? 1 : report.assessment().weightOf(r.challengeId());
        weights += w;
        earned += w * r.score() / r.maxScore();
        count++;
      }
      lines.add(new TopicScore(topic, count, count == 0 ? Double.NaN : 100 * earned / weights));
    }
    return lines;
  }

  /** A recruiter's word for a percentage. */
  static String level(double percent) {
    if (percent >= 85) {
      return "strong";
    }
    if (percent >= 65) {
      return "proficient";
    }
    return percent >= 40 ? "developing" : "gap";
  }
}
