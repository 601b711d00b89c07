package io.casedesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What one case type adds to intake: how its {@code details} are checked, how a customer's reply
 * changes them, and which variables its process starts with. One bean per type; a type without a
 * bean, or whose process is not deployed, is refused at intake.
 */
public interface CaseTypeDefinition {

  CaseType type();

  /** Checks the details and returns them normalized; throws {@link InvalidRequestException}. */
  JsonNode validateDetails(JsonNode details);

  /** The details after the customer's reply; throws {@link InvalidRequestException} when the result breaks a rule. */
  JsonNode mergeReply(JsonNode details, CustomerReplyRequest reply);

  /** Variables the type's process needs beyond the common ones, taken from validated details. */
  Map<String, Object> startVariables(JsonNode details);
}
