package io.casedesk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casedesk.notification.Notification;
import java.time.Instant;
import java.util.List;

/** A case as the exchange's back end sees it through {@code GET /api/cases/{caseNumber}}. */
public record CaseView(
    String caseNumber,
    CaseType type,
    CaseStatus status,
    String customerUid,
    Channel channel,
    Tier tier,
    String locale,
    String requestedLocale,
    boolean localeFallback,
    String subject,
    String queue,
    int priority,
    Instant createdAt,
    Instant firstResponseDue,
    Instant resolutionDue,
    List<OpenStep> openSteps,
    Outcome outcome,
    Sla sla,
    List<Notification> notifications) {

  /** Something the case waits for: an agent's task, or the customer. */
  public record OpenStep(
      String step, String name, StepKind kind, List<String> candidateGroups, String assignee, Instant due, Integer priority) {}

  public enum StepKind {
    TASK,
    WAITING_FOR_CUSTOMER
  }

  /** How a case ended. */
  public record Outcome(String code, String reason, Instant at) {}

  public record Sla(Clock firstResponse, Clock resolution) {}

  /** One SLA clock: when it is due, whether it was met, and when it ran to 75 % or 100 %. */
  public record Clock(Instant due, Instant metAt, Instant atRiskAt, Instant breachedAt) {
    @JsonProperty("breached")
    public boolean breached() {
      return breachedAt != null;
    }
  }
}
