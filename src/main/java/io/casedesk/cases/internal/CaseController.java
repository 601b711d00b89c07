package io.casedesk.cases.internal;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading a case: the exchange's back end shows the customer where their case stands. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class CaseController {

  private final CaseViews views;

  CaseController(CaseViews views) {
    this.views = views;
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Read a case: status, open steps, outcome, SLA clocks and notifications")
  CaseView get(@PathVariable String caseNumber) {
    return views.view(caseNumber);
  }
}
