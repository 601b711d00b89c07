package io.casedesk.intake.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening a case: the exchange's back end relays a customer's request for help. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class IntakeController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;

  private final CaseIntake intake;
  private final CaseViews views;

  IntakeController(CaseIntake intake, CaseViews views) {
    this.intake = intake;
    this.views = views;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Open a case",
      description =
          "Triage decides queue, priority and SLA clocks. With an Idempotency-Key, a retry with the same body returns"
              + " the case created first (header Idempotent-Replayed: true); the same key with another body is a 409.")
  ResponseEntity<CaseView> open(
      @Valid @RequestBody OpenCaseRequest request,
      @Parameter(description = "Any unique string up to 255 characters, e.g. a UUID")
          @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      @Parameter(hidden = true) Principal caller) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
      throw new InvalidRequestException(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    CaseIntake.Opened opened = intake.open(request, idempotencyKey, caller == null ? null : caller.getName());
    return ResponseEntity.created(URI.create("/api/cases/" + opened.caseNumber()))
        .header("Idempotent-Replayed", String.valueOf(opened.replayed()))
        .body(views.view(opened.caseNumber()));
  }
}
