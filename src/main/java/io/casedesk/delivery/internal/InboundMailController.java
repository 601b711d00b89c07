package io.casedesk.delivery.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where the mail gateway hands over the e-mails sent to reply addresses, one raw message per request. */
@RestController
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class InboundMailController {

  private final InboundMail inbound;

  InboundMailController(InboundMail inbound) {
    this.inbound = inbound;
  }

  @PostMapping(path = "/api/inbound-mail", consumes = "message/rfc822", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Hand over a customer's reply e-mail (the raw RFC 822 message)",
      description = "Addressed to a reply address of a notification (reply+<case number>.<token>@<reply domain>, in To, Cc,"
          + " Delivered-To or X-Original-To) and from the account's e-mail address, it becomes the customer's reply on the"
          + " case, as POST /api/cases/{caseNumber}/replies makes it: 202. The same message again (by Message-ID) adds"
          + " nothing: 200. No reply address, a wrong token or another sender: 422; an unknown case: 404; a case that"
          + " waits for no reply: 409. Attachments are not taken over.")
  @ApiResponse(responseCode = "202", description = "The message became the customer's reply on the case")
  @ApiResponse(responseCode = "200", description = "The same message (by Message-ID) was received before; nothing added")
  @ApiResponse(responseCode = "404", description = "The reply address names a case the desk does not have")
  @ApiResponse(responseCode = "409", description = "The case waits for no reply; nothing is stored")
  @ApiResponse(responseCode = "422", description = "No reply address, a wrong token, or a sender who is not the account's; nothing is stored")
  ResponseEntity<InboundMail.Received> receive(@RequestBody byte[] message) {
    InboundMail.Received received = inbound.receive(message);
    return ResponseEntity.status(received.replayed() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(received);
  }
}
