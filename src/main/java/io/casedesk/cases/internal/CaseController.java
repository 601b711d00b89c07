package io.casedesk.cases.internal;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseView;
import io.casedesk.cases.CaseViews;
import io.casedesk.casetype.CaseTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading a case: the exchange's back end shows the customer where their case stands. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Open cases, relay customer replies, read case status")
class CaseController {

  private final CaseViews views;
  private final CaseRegistry registry;
  private final CaseTypes types;

  CaseController(CaseViews views, CaseRegistry registry, CaseTypes types) {
    this.views = views;
    this.registry = registry;
    this.types = types;
  }

  @GetMapping
  @Operation(
      summary = "Search cases, newest first, a page at a time",
      description = "All parameters are optional and combine: the customer's cases, by status, by type, opened from (inclusive)"
          + " to (exclusive; a day counts whole). Days as 2026-01-31 or times as 2026-01-31T09:00:00Z.")
  @ApiResponse(responseCode = "200", description = "A page of cases, newest first")
  CaseSearch search(
      @RequestParam(required = false) String customerUid,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    CaseSearchParameters query = CaseSearchParameters.of(customerUid, status, type, from, to, page, size, types);
    return registry.search(query.criteria(), query.page(), query.size());
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Read a case: status, open steps, outcome, SLA clocks and notifications")
  @ApiResponse(responseCode = "200", description = "The case")
  CaseView get(@PathVariable String caseNumber) {
    return views.view(caseNumber);
  }
}
