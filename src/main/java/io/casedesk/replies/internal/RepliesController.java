package io.casedesk.replies.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.casetype.CustomerReply;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
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
      description = "Only while the case waits for the customer; otherwise 409. The SLA clocks, paused while the"
          + " customer had the turn, resume with the time they had left.")
  @ApiResponse(responseCode = "200", description = "The reply reached the case; the case as it stands now")
  @ApiResponse(responseCode = "409", description = "The case waits for no reply from the customer; nothing is stored")
  CaseView reply(@PathVariable String caseNumber, @RequestBody CustomerReply reply) {
    replies.reply(caseNumber, reply);
    return views.view(caseNumber);
  }
}
