package io.casedesk.intake.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.web.RequestReader;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opening a case: the exchange's back end relays a customer's request for help. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class IntakeController {

  private final CaseIntake intake;
  private final CaseViews views;
  private final RequestReader requests;

  IntakeController(CaseIntake intake, CaseViews views, RequestReader requests) {
    this.intake = intake;
    this.views = views;
    this.requests = requests;
  }

  /** The body is read here rather than by Spring, so its field errors and the type's are reported together. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Open a case",
      description =
          "Triage decides queue, priority and SLA clocks. With an Idempotency-Key, a retry with the same body returns"
              + " the case created first (header Idempotent-Replayed: true); the same key with another body is a 409."
              + " A refused request lists every broken rule in errors.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
          required = true, content = @Content(schema = @Schema(implementation = OpenCaseRequest.class))))
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201", description = "The case, opened; on a retry with the same Idempotency-Key and body, the case"
      + " the first request opened (header Idempotent-Replayed: true)", headers = {
          @Header(name = "Location", description = "The case: /api/cases/{caseNumber}", schema = @Schema(type = "string")),
          @Header(name = "Idempotent-Replayed", description = "true when an earlier request with this key opened the case",
              schema = @Schema(type = "boolean"))})
  @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for another body; nothing is stored")
  @ApiResponse(responseCode = "422", description = "The exchange has no account with this UID, or the desk runs no flow for"
      + " this case type yet; nothing is stored")
  @ApiResponse(responseCode = "503", description = "The exchange's back office cannot be reached; nothing is stored; retry after"
      + " the seconds in Retry-After", headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
  ResponseEntity<CaseView> open(
      @RequestBody JsonNode body,
      @Parameter(description = "Any unique string up to 255 characters, e.g. a UUID")
          @RequestHeader(name = CaseIntake.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      @Parameter(hidden = true) Principal caller) {
    CaseIntake.Opened opened = intake.open(
        requests.read(body, OpenCaseRequest.class, ""), idempotencyKey, caller == null ? null : caller.getName());
    return ResponseEntity.created(URI.create("/api/cases/" + opened.caseNumber()))
        .header("Idempotent-Replayed", String.valueOf(opened.replayed()))
        .body(views.view(opened.caseNumber()));
  }
}
