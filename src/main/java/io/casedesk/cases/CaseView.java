package io.casedesk.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.notification.Notification;
import io.casedesk.sla.ClockState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A case as the exchange's back end sees it through {@code GET /api/cases/{caseNumber}}. */
public record CaseView(
    String caseNumber,
    @Schema(example = "KYC_VERIFICATION") String type,
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
    @Schema(description = "When the first response is due now; pauses while the customer has the turn move it") Instant firstResponseDue,
    @Schema(description = "When the resolution is due now; pauses while the customer has the turn move it") Instant resolutionDue,
    List<OpenStep> openSteps,
    Outcome outcome,
    Sla sla,
    List<Notification> notifications,
    @Schema(description = "How often the customer reopened the case by replying after it was resolved (within the reopen window)") int reopens,
    @Schema(description = "The case this one follows up: the customer replied to it after it was closed or after the reopen window") String previousCase,
    @Schema(description = "Cases opened from the customer's later replies to this one") List<String> followUps) {

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

  /**
   * One SLA clock: its state, when it is due (moved by pauses), when it was met, when it ran to 75 %
   * and 100 %, since when it is paused and how long it stood still in all.
   */
  public record Clock(
      ClockState state,
      Instant due,
      Instant metAt,
      Instant atRiskAt,
      Instant breachedAt,
      Instant pausedSince,
      @Schema(type = "string", example = "PT26H15M", description = "ISO 8601 duration the clock stood still while the customer had the turn")
          Duration pausedTotal,
      int pauses) {

    @JsonProperty("breached")
    public boolean breached() {
      return breachedAt != null;
    }
  }
}
