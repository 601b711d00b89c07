package io.casedesk.cases;

import java.time.Instant;
import java.util.List;

/** A page of cases matching a search, newest first. */
public record CaseSearch(List<CaseSummary> items, int page, int size, long total) {

  /** A case in a list: enough to show a customer their cases and to open one. */
  public record CaseSummary(
      String caseNumber, String type, CaseStatus status, String subject, String queue, int priority,
      Instant createdAt, Instant resolvedAt, String outcome) {}

  /** What to look for; null means any. {@code to} is exclusive. */
  public record Criteria(String customerUid, CaseStatus status, String type, Instant from, Instant to) {}
}
