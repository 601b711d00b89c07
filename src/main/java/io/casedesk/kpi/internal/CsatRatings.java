package io.casedesk.kpi.internal;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.kpi.CustomerSatisfaction;
import io.casedesk.kpi.KpiSettings;
import io.casedesk.web.ClientProblem;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ratings in {@code cd_csat}, with the rules of {@link CustomerSatisfaction}. */
@Service
class CsatRatings implements CustomerSatisfaction {

  static final int MAX_COMMENT = 1000;

  private final CaseRegistry registry;
  private final JdbcClient jdbc;
  private final KpiSettings settings;
  private final Clock clock;

  CsatRatings(CaseRegistry registry, JdbcClient jdbc, KpiSettings settings, Clock clock) {
    this.registry = registry;
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Rating rate(String caseNumber, int score, String comment) {
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    Instant now = clock.instant();
    if (c.status() != CaseStatus.RESOLVED && c.status() != CaseStatus.REJECTED) {
      throw new Refused("csat-not-resolved", "The case is not resolved",
          "Case " + caseNumber + " is " + c.status() + "; a rating is taken once the case is resolved.");
    }
    if (now.isAfter(c.resolvedAt().plus(settings.getCsatWindow()))) {
      throw new Refused("csat-window-closed", "Too late to rate the case",
          "Case " + caseNumber + " was resolved on " + c.resolvedAt() + "; ratings are taken for " + settings.getCsatWindow().toDays() + " days.");
    }
    if (jdbc.sql("select count(*) from cd_csat where case_number = :n").param("n", caseNumber).query(Long.class).single() > 0) {
      throw alreadyGiven(caseNumber);
    }
    try {
      jdbc.sql("insert into cd_csat (case_number, score, comment, submitted_at) values (:n, :score, :comment, :at)")
          .param("n", caseNumber)
          .param("score", score)
          .param("comment", comment)
          .param("at", ResponseRecorder.utc(now))
          .update();
    } catch (DuplicateKeyException e) {
      throw alreadyGiven(caseNumber); // a concurrent rating of the same case came first
    }
    return new Rating(caseNumber, score, comment, now);
  }

  private static Refused alreadyGiven(String caseNumber) {
    return new Refused("csat-already-given", "The case was rated already", "Case " + caseNumber + " has its rating; a case is rated once.");
  }

  static class Refused extends ClientProblem {
    Refused(String type, String title, String detail) {
      super(HttpStatus.CONFLICT, type, title, detail);
    }
  }
}
