package io.casedesk.kpi.internal;

import io.casedesk.kpi.KpiReport;
import io.casedesk.kpi.Kpis;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.TimeParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The support KPIs against the 2026 targets, for supervisors, compliance and administrators. */
@RestController
@RequestMapping(path = "/api/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "KPIs", description = "Support KPIs against the 2026 targets")
class KpiController {

  static final Duration DEFAULT_WINDOW = Duration.ofDays(28);
  static final Duration MAX_WINDOW = Duration.ofDays(366);

  private final Kpis kpis;
  private final Clock clock;

  KpiController(Kpis kpis, Clock clock) {
    this.kpis = kpis;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Support KPIs of the cases opened in a window, with their targets and gaps",
      description = "First response time (calendar and excluding the customer's turns), automated cases apart, resolution success,"
          + " one-touch and first-contact resolution, CSAT, SLA attainment per clock and tier, the share breached, automation per"
          + " case type, KYC within 48 h, and the backlog by queue and age. Without from and to: the last 28 days. Days as"
          + " 2026-01-31 (to includes its day) or times as 2026-01-31T09:00:00Z; at most 366 days.")
  @ApiResponse(responseCode = "200", description = "The figures, overall and per group")
  KpiReport kpis(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @Parameter(description = "Comma-separated, one or more of week, day, caseType, channel, tier, language, queue", example = "week,language")
          @RequestParam(required = false) String groupBy) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant toInstant = TimeParameter.parse("to", to, true, problems);
    Instant fromInstant = TimeParameter.parse("from", from, false, problems);
    List<String> dimensions = groupBy == null || groupBy.isBlank() ? List.of()
        : Arrays.stream(groupBy.split(",")).map(String::trim).filter(d -> !d.isEmpty()).distinct().toList();
    for (String dimension : dimensions) {
      if (!Kpis.DIMENSIONS.contains(dimension)) {
        problems.add(new FieldProblem("groupBy", "'" + dimension + "' is none of " + String.join(", ", Kpis.DIMENSIONS)));
      }
    }
    if (problems.isEmpty()) {
      if (toInstant == null) {
        toInstant = clock.instant();
      }
      if (fromInstant == null) {
        fromInstant = toInstant.minus(DEFAULT_WINDOW);
      }
      if (!toInstant.isAfter(fromInstant)) {
        problems.add(new FieldProblem("to", "must lie after from"));
      } else if (Duration.between(fromInstant, toInstant).compareTo(MAX_WINDOW) > 0) {
        problems.add(new FieldProblem("from", "the window may span at most 366 days"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return kpis.report(fromInstant, toInstant, dimensions);
  }
}
