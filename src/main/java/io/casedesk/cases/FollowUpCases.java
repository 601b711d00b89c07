package io.casedesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CustomerReply;

/**
 * Opens a follow-up case: the customer wrote to a case that is closed, or resolved longer ago than
 * the reopen window. The new case has the old one's type, customer, channel, tier and language, its
 * details with the reply merged in by the type's rules, the reply as its description, and names the
 * old case as {@code previousCase}. Intake implements it (triage, case number, lifecycle).
 */
public interface FollowUpCases {

  /** Opens the follow-up of {@code previous} and returns its case number. */
  String openFollowUp(CaseRecord previous, JsonNode previousDetails, CustomerReply reply);
}
