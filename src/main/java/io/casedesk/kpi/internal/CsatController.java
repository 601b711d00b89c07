package io.casedesk.kpi.internal;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.kpi.KpiSettings;
import io.casedesk.web.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer satisfaction, as the exchange's back end relays it: one rating per case, 1 to 5 with an
 * optional comment, after the case was resolved (RESOLVED or REJECTED: the customer got the desk's
 * decision) and within {@code casedesk.kpi.csat-window} (28 days) of it.
 */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class CsatController {

  static final int MAX_COMMENT = 1000;

  private final CaseRegistry registry;
  private final JdbcClient jdbc;
  private final KpiSettings settings;
  private final Clock clock;

  CsatController(CaseRegistry registry, JdbcClient jdbc, KpiSettings settings, Clock clock) {
    this.registry = registry;
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** Body of a rating. */
  record CsatRequest(
      @NotNull @Min(1) @Max(5) @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", example = "5") Integer score,
      @Size(max = MAX_COMMENT) @Schema(example = "Quick and clear, thank you.") String comment) {}

  /** A rating the desk accepted. */
  record CsatRating(String caseNumber, int score, String comment, Instant submittedAt) {}

  @PostMapping(path = "/{caseNumber}/csat", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  @Operation(summary = "Relay the customer's satisfaction rating of a resolved case",
      description = "Once per case, after it was resolved (RESOLVED or REJECTED) and within casedesk.kpi.csat-window (28 days)"
          + " of its resolution; score 1 to 5, comment optional (at most " + MAX_COMMENT + " characters).")
  @ApiResponse(responseCode = "201", description = "The rating, stored")
  @ApiResponse(responseCode = "409", description = "Not now: the case is not resolved (csat-not-resolved), was rated already"
      + " (csat-already-given), or was resolved more than 28 days ago (csat-window-closed); nothing is stored")
  ResponseEntity<CsatRating> rate(@PathVariable String caseNumber, @RequestBody CsatRequest request) {
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
          .param("score", request.score())
          .param("comment", request.comment())
          .param("at", ResponseRecorder.utc(now))
          .update();
    } catch (DuplicateKeyException e) {
      throw alreadyGiven(caseNumber); // a concurrent rating of the same case came first
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/csat"))
        .body(new CsatRating(caseNumber, request.score(), request.comment(), now));
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
