package io.casedesk.audit.internal;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A search's query parameters, as the API and the page take them; every one may be left out. */
record SearchParameters(
    @Parameter(description = "Customer UID") String customerUid,
    @Parameter(description = "Case type, e.g. KYC_VERIFICATION") String type,
    @Parameter(description = "Opened on or after this day (UTC), YYYY-MM-DD") String from,
    @Parameter(description = "Opened on or before this day (UTC), YYYY-MM-DD") String to,
    @Parameter(description = "A person who worked the case: assignee of one of its tasks, or in the operation log") String agent,
    @Parameter(description = "Outcome, e.g. APPROVED, REJECTED, NO_CUSTOMER_REPLY") String outcome,
    @Parameter(description = "Status, e.g. RESOLVED") String status,
    @Parameter(description = "true: an SLA clock was breached; false: none was") String slaBreached,
    @Parameter(description = "true: a four-eyes second approval was given; false: none was") String fourEyes) {

  /** @throws io.casedesk.web.InvalidRequestException naming each parameter that breaks its rule */
  AuditSearch.Criteria criteria() {
    return AuditSearch.Criteria.of(customerUid, type, from, to, agent, outcome, status, slaBreached, fourEyes);
  }

  /** As the page's form shows them. */
  Map<String, String> asForm() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("customerUid", customerUid);
    form.put("type", type);
    form.put("from", from);
    form.put("to", to);
    form.put("agent", agent);
    form.put("outcome", outcome);
    form.put("status", status);
    form.put("slaBreached", slaBreached);
    form.put("fourEyes", fourEyes);
    return form;
  }
}
