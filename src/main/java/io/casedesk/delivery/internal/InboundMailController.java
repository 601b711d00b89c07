package io.casedesk.delivery.internal;

import io.swagger.v3.oas.annotations.Operation;
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
  ResponseEntity<InboundMail.Received> receive(@RequestBody byte[] message) {
    InboundMail.Received received = inbound.receive(message);
    return ResponseEntity.status(received.replayed() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(received);
  }
}
