package io.casedesk.kpi;

import java.time.Instant;

/**
 * Customer satisfaction ratings: one per case, 1 to 5 with an optional comment, after the case was
 * resolved (RESOLVED or REJECTED: the customer got the desk's decision) and within
 * {@code casedesk.kpi.csat-window} (28 days) of it. The case API relays them; the surge rehearsal's
 * simulated customers give theirs the same way.
 */
public interface CustomerSatisfaction {

  /**
   * Stores the rating. Refuses with a {@link io.casedesk.web.ClientProblem} (409) a case that is not
   * resolved, was rated already or was resolved too long ago, and with
   * {@link io.casedesk.cases.CaseProblems.CaseNotFound} an unknown case; nothing is stored then.
   */
  Rating rate(String caseNumber, int score, String comment);

  /** A rating the desk accepted. */
  record Rating(String caseNumber, int score, String comment, Instant submittedAt) {}
}
