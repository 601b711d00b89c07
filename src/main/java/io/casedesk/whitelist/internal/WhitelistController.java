package io.casedesk.whitelist.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.whitelist.WhitelistConfirmation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the exchange's back end reports about a whitelist change: the customer confirmed it (e-mail
 * link and 2FA code), or cancelled an addition during its cooling-off.
 */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class WhitelistController {

  private final WhitelistRequests requests;
  private final CaseViews views;

  WhitelistController(WhitelistRequests requests, CaseViews views) {
    this.requests = requests;
    this.views = views;
  }

  @PostMapping(path = "/{caseNumber}/confirmation")
  @Operation(
      summary = "Report the customer's confirmation of a whitelist change",
      description = "The customer confirmed the WHITELIST_CHANGE through the e-mail link and 2FA code. Only while the case"
          + " waits for it (casedesk.whitelist.confirm-within after intake, 1 hour by default); an addition then becomes"
          + " usable after the screening, a review if it is flagged, and the cooling-off; a removal takes effect at once."
          + " The body is optional.")
  @ApiResponse(responseCode = "200", description = "Confirmed; the case as it stands now")
  @ApiResponse(responseCode = "400", description = "The body breaks a rule")
  @ApiResponse(responseCode = "404", description = "No such case")
  @ApiResponse(responseCode = "409", description = "The case waits for no confirmation: no whitelist change, confirmed"
      + " already, expired or ended; nothing is stored")
  CaseView confirm(@PathVariable String caseNumber, @Valid @RequestBody(required = false) WhitelistConfirmation confirmation) {
    requests.confirm(caseNumber, confirmation);
    return views.view(caseNumber);
  }

  @PostMapping(path = "/{caseNumber}/cancellation")
  @Operation(
      summary = "Cancel a whitelist addition during its cooling-off",
      description = "The customer withdrew the addition before the address became usable"
          + " (casedesk.whitelist.cooling-off after it was added, 24 hours by default). The address is taken off the"
          + " whitelist again and the customer is told. No body.")
  @ApiResponse(responseCode = "200", description = "Cancelled; the case as it stands now")
  @ApiResponse(responseCode = "404", description = "No such case")
  @ApiResponse(responseCode = "409", description = "Nothing to cancel: no addition in its cooling-off (not added yet,"
      + " usable already, or ended); nothing is stored")
  CaseView cancel(@PathVariable String caseNumber) {
    requests.cancel(caseNumber);
    return views.view(caseNumber);
  }
}
