package io.casedesk.kpi.internal;

import io.casedesk.kpi.CustomerSatisfaction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{caseNumber}/csat}: the exchange's back end relays the customer's rating. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class CsatController {

  private final CustomerSatisfaction ratings;

  CsatController(CustomerSatisfaction ratings) {
    this.ratings = ratings;
  }

  /** Body of a rating. */
  record CsatRequest(
      @NotNull @Min(1) @Max(5) @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", example = "5") Integer score,
      @Size(max = CsatRatings.MAX_COMMENT) @Schema(example = "Quick and clear, thank you.") String comment) {}

  @PostMapping(path = "/{caseNumber}/csat", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Relay the customer's satisfaction rating of a resolved case",
      description = "Once per case, after it was resolved (RESOLVED or REJECTED) and within casedesk.kpi.csat-window (28 days)"
          + " of its resolution; score 1 to 5, comment optional (at most " + CsatRatings.MAX_COMMENT + " characters).")
  @ApiResponse(responseCode = "201", description = "The rating, stored")
  @ApiResponse(responseCode = "409", description = "Not now: the case is not resolved (csat-not-resolved), was rated already"
      + " (csat-already-given), or was resolved more than 28 days ago (csat-window-closed); nothing is stored")
  ResponseEntity<CustomerSatisfaction.Rating> rate(@PathVariable String caseNumber, @RequestBody CsatRequest request) {
    CustomerSatisfaction.Rating rating = ratings.rate(caseNumber, request.score(), request.comment());
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/csat")).body(rating);
  }
}
