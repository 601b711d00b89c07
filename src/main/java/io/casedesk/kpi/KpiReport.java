package io.casedesk.kpi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/kpis}: the support figures of the cases opened from {@code from} (inclusive) to
 * {@code to} (exclusive), each with its 2026 target and the gap, for all of them and per group.
 */
public record KpiReport(
    Instant from,
    Instant to,
    @Schema(description = "The dimensions of the groups, as asked: week, day, caseType, channel, tier, language, queue") List<String> groupBy,
    Figures overall,
    @Schema(description = "One entry per combination of the groupBy dimensions that has cases, in key order") List<Group> groups) {

  /** One group: its key (dimension to value, e.g. {"week": "2026-W10", "language": "zh"}) and its figures. */
  public record Group(Map<String, String> key, Figures figures) {}

  /** Every figure of a set of cases. */
  public record Figures(
      @Schema(description = "Cases opened in the window (and the group)") int cases,
      @Schema(description = "Cases that ended in the window's cases: resolved, rejected or closed") int ended,
      FirstResponse firstResponse,
      @Schema(description = "VIP and institutional cases: first response by a person, excluding the customer's turns; compared at p90 with the 2-hour target")
          FirstResponse vipFirstResponse,
      @Schema(description = "Ended cases no person worked on (no human step): reported apart, never as zero-hour responses") Rate automated,
      @Schema(description = "Cases resolved or rejected and not reopened, over all ended cases") Rate resolutionSuccess,
      @Schema(description = "Resolved cases a person worked on, with at most one public response and no reopening") Rate oneTouch,
      @Schema(description = "Resolved cases without a request for more information (the customer never had to answer) and no reopening") Rate firstContactResolution,
      Satisfaction csat,
      @Schema(description = "Per SLA clock and tier: clocks met over clocks decided (met or breached)") List<SlaAttainment> slaAttainment,
      @Schema(description = "Cases with a breached SLA clock, over all cases") Rate breached,
      @Schema(description = "Per case type: ended cases without a human step over ended cases") List<TypeRate> automationByType,
      @Schema(description = "KYC cases resolved or rejected within 48 h of opening (calendar time), over ended KYC cases") Rate kycWithin48h,
      @Schema(description = "Cases still open, by queue and age (since opening)") List<Backlog> backlog) {}

  /**
   * First response time, from case creation to the first public response by a person, in hours:
   * calendar time and excluding the time the customer had the turn before it; the median (p50) is
   * compared with the target.
   */
  public record FirstResponse(
      @Schema(description = "Cases with a first response by a person") int measured,
      Hours calendar,
      Hours excludingCustomerWait,
      @Schema(description = "Target, hours") double targetHours,
      @Schema(description = "Which statistic of excludingCustomerWait is compared with the target: p50 or p90") String comparedAt,
      @Schema(description = "That statistic minus the target, hours (negative: better than the target)") Double gapHours,
      Boolean met) {}

  /** Hours: median, 90th percentile (nearest rank) and mean. */
  public record Hours(Double p50, Double p90, Double mean) {}

  /** A share: {@code count} of {@code of}; {@code value} is count / of (none when of is 0). */
  public record Rate(int count, int of, Double value, Double target, Double gap, Boolean met) {}

  /** Satisfaction ratings of the window's cases: the mean score (1 to 5) against the target, and the share of 4 and 5. */
  public record Satisfaction(int responses, Double mean, Double satisfiedShare, double target, Double gap, Boolean met) {}

  public record SlaAttainment(@Schema(example = "FIRST_RESPONSE") String clock, @Schema(example = "VIP") String tier, Rate rate) {}

  public record TypeRate(@Schema(example = "DEPOSIT_TRACE") String caseType, Rate rate) {}

  /** Open cases of a queue by age: {@code under4h}, {@code under24h}, {@code under72h}, {@code over72h}. */
  public record Backlog(String queue, int under4h, int under24h, int under72h, int over72h) {}
}
