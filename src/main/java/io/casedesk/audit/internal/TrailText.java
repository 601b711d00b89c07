package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per audit entry for the page: the entry's essentials in codes and values, which read the
 * same in every language (the page labels them in the reader's language); the full entry is shown
 * beside it.
 */
final class TrailText {

  private static final int MAX = 240;

  private TrailText() {}

  static String line(JsonNode e) {
    JsonNode d = e.path("data");
    String text = switch (e.path("kind").asText()) {
      case "CASE_OPENED" -> join(d, "type", "channel", "tier", "customerUid", "locale") + " · " + d.path("subject").asText();
      case "CASE_ENDED" -> join(d, "status", "outcome", "outcomeReason");
      case "PROCESS_STARTED" -> e.path("process").asText() + " v" + e.path("processVersion").asText()
          + (d.has("versionTag") ? " (" + d.path("versionTag").asText() + ")" : "");
      case "PROCESS_ENDED" -> e.path("process").asText() + " · " + d.path("state").asText() + opt(" · ", d, "deleteReason");
      case "STEP_STARTED" -> d.path("activityType").asText() + opt(" · ", d, "taskName");
      case "STEP_ENDED" -> d.path("activityType").asText() + (d.path("canceled").asBoolean() ? " · canceled" : "")
          + opt(" · completed by ", d, "completedBy") + opt(" · assignee ", d, "assignee");
      case "TASK_ASSIGNED", "TASK_UNASSIGNED", "TASK_OWNER_SET", "TASK_OWNER_REMOVED" -> d.path("userId").asText();
      case "TASK_CANDIDATE_ADDED", "TASK_CANDIDATE_REMOVED" -> d.has("groupId") ? d.path("groupId").asText() : d.path("userId").asText();
      case "USER_OPERATION" -> d.path("operationType").asText() + " " + d.path("entityType").asText() + properties(d.path("properties"));
      case "VARIABLE_SET" -> d.path("name").asText() + " = " + value(d.path("value"))
          + (d.has("previousValue") ? "  (was " + value(d.path("previousValue")) + ")" : "");
      case "FORM_FIELD_SUBMITTED" -> d.path("field").asText() + " = " + value(d.path("value"));
      case "CUSTOMER_REPLY" -> value(d.path("reply").path("message")) + opt(" · relayed by ", d, "relayedBy");
      case "DECISION_EVALUATED" -> decision(d);
      case "INCIDENT_CREATED", "INCIDENT_RESOLVED", "INCIDENT_DELETED" -> d.path("incidentType").asText() + opt(" · ", d, "message");
      case "JOB_CREATED", "JOB_SUCCEEDED", "JOB_DELETED" -> d.path("jobType").asText() + opt(" · ", d, "hostname");
      case "JOB_FAILED" -> d.path("jobType").asText() + " · retries left " + d.path("retries").asText() + opt(" · ", d, "exceptionMessage");
      case "SLA_AT_RISK", "SLA_BREACHED", "SLA_MET", "SLA_STOPPED" -> d.path("clock").asText() + " · " + d.path("state").asText()
          + " · due " + d.path("due").asText();
      case "SLA_PAUSED", "SLA_RESUMED" -> d.path("clock").asText() + " · " + d.path("clockState").asText();
      case "NOTIFICATION" -> d.path("template").asText() + " (" + d.path("locale").asText() + ") · " + d.path("status").asText()
          + " · " + d.path("subject").asText();
      case "LEDGER_CALL", "CHAIN_CALL" -> d.path("operation").asText() + arguments(d.at("/detail/arguments")) + " → " + d.path("outcome").asText()
          + (d.at("/detail/error/message").isTextual() ? " · " + d.at("/detail/error/message").asText() : "");
      case "API_REQUEST" -> d.path("operation").asText() + " → " + d.path("outcome").asText();
      case "EXPORT" -> d.path("operation").asText() + " · " + d.at("/detail/count").asText() + " entries";
      case "PROCESS_MIGRATED" -> d.at("/detail/fromDefinitionId").asText() + " → " + d.at("/detail/toDefinitionId").asText();
      default -> d.toString();
    };
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }

  private static String decision(JsonNode d) {
    List<String> parts = new ArrayList<>();
    for (JsonNode rule : d.path("matchedRules")) {
      parts.add(rule.path("ruleId").asText() + opt(": ", rule, "description"));
    }
    List<String> outputs = new ArrayList<>();
    for (JsonNode out : d.path("outputs")) {
      outputs.add(out.path("variable").asText() + "=" + value(out.path("value")));
    }
    return d.path("decisionKey").asText() + " v" + d.path("decisionVersion").asText() + " · " + String.join("; ", parts)
        + (outputs.isEmpty() ? "" : " → " + String.join(", ", outputs));
  }

  private static String properties(JsonNode properties) {
    List<String> parts = new ArrayList<>();
    properties.forEach(p -> parts.add(p.path("property").asText() + "=" + value(p.path("newValue"))));
    return parts.isEmpty() ? "" : " · " + String.join(", ", parts);
  }

  private static String arguments(JsonNode arguments) {
    List<String> parts = new ArrayList<>();
    arguments.fields().forEachRemaining(a -> parts.add(value(a.getValue())));
    return "(" + String.join(", ", parts) + ")";
  }

  private static String join(JsonNode d, String... fields) {
    List<String> parts = new ArrayList<>();
    for (String field : fields) {
      if (d.hasNonNull(field)) {
        parts.add(d.get(field).asText());
      }
    }
    return String.join(" · ", parts);
  }

  private static String opt(String prefix, JsonNode d, String field) {
    return d.hasNonNull(field) && !d.get(field).asText().isEmpty() ? prefix + d.get(field).asText() : "";
  }

  static String value(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "—";
    }
    String text = v.isValueNode() ? v.asText() : v.toString();
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
