package io.casedesk.replies.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.replies.CustomerReplies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Relaying the customer's replies to the case that asked for them. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class RepliesController {

  private final CaseReplies replies;
  private final CaseViews views;

  RepliesController(CaseReplies replies, CaseViews views) {
    this.replies = replies;
    this.views = views;
  }

  @PostMapping(path = "/{caseNumber}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Relay the customer's reply",
      description = "While the case waits for the customer, the reply continues it: the SLA clocks, paused while the"
          + " customer had the turn, resume with the time they had left. A reply to a RESOLVED case within the reopen window"
          + " (casedesk.kpi.reopen-window, 7 days) reopens it; a reply to a CLOSED or REJECTED case, or after the window, opens"
          + " a new case linked to it (201). An open case that waits for no reply answers 409.")
  @ApiResponse(responseCode = "200", description = "The reply reached the case (a resolved case within the reopen window is open again,"
      + " reopens counted); the case as it stands now")
  @ApiResponse(responseCode = "201", description = "The case had ended (closed or rejected, or resolved longer ago than the reopen window):"
      + " the reply opened a new case linked to it (previousCase); the new case, at its Location")
  @ApiResponse(responseCode = "409", description = "The case is open and waits for no reply from the customer; nothing is stored")
  ResponseEntity<CaseView> reply(@PathVariable String caseNumber, @RequestBody CustomerReply reply) {
    CustomerReplies.ReplyOutcome outcome = replies.reply(caseNumber, reply);
    CaseView view = views.view(outcome.caseNumber());
    if (outcome.kind() == CustomerReplies.ReplyOutcome.Kind.FOLLOW_UP) {
      return ResponseEntity.created(URI.create("/api/cases/" + outcome.caseNumber())).body(view);
    }
    return ResponseEntity.ok(view);
  }
}
