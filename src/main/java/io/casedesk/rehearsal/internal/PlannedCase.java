package io.casedesk.rehearsal.internal;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.i18n.SupportedLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One request of the rehearsed day, with everything chance decides about it drawn in advance: who
 * asks, how, in which language, and how the customer and the first reviewer will act. Drawn up front,
 * the day plays the same whatever order the engine runs its jobs in.
 */
record PlannedCase(
    int index,
    Instant arrivesAt,
    String caseType,
    Channel channel,
    Tier tier,
    SupportedLanguage language,
    String locale,
    boolean documentsComplete,
    boolean customerAnswers,
    Duration answerDelay,
    boolean agentAsks,
    boolean agentRejects,
    boolean rates,
    Duration ratingDelay,
    int ratingNoise,
    boolean writesAgain,
    Duration writesAgainAfter,
    long draws) {

  /** The customer's account in the rehearsal's back office. */
  String customerUid() {
    return String.format("9%08d", index);
  }

  /** The n-th handling time of the case's tasks: the mean, varied by half either way. */
  Duration handlingTime(Duration mean, int n) {
    double factor = 0.5 + new SplittableRandom(draws + 31L * n).nextDouble();
    return Duration.ofSeconds(Math.max(60, Math.round(mean.toSeconds() * factor)));
  }
}
