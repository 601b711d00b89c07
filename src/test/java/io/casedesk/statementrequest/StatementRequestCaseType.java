package io.casedesk.statementrequest;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.web.InvalidRequestException;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * STATEMENT_REQUEST, a case type that exists only in the tests: the customer asks for an account
 * statement over a period; an agent prepares it, or asks which period is meant. It proves that a type
 * is one package, one model ({@code processes/statement-request.bpmn}), one form and its bundles,
 * with nothing in the desk's own code naming it.
 */
@Component
class StatementRequestCaseType implements CaseTypeDefinition {

  /** A statement covers at most a year. */
  static final Period LONGEST_PERIOD = Period.ofYears(1);

  private final DetailsReader reader;

  StatementRequestCaseType(DetailsReader reader) {
    this.reader = reader;
  }

  @Override
  public String key() {
    return "STATEMENT_REQUEST";
  }

  @Override
  public String processKey() {
    return "statement-request";
  }

  @Override
  public Class<?> detailsType() {
    return StatementRequestDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    StatementRequestDetails d = reader.read(details, StatementRequestDetails.class, "details");
    if (d.to().isBefore(d.from())) {
      throw new InvalidRequestException("details.to", "must not lie before details.from");
    }
    if (d.from().plus(LONGEST_PERIOD).isBefore(d.to())) {
      throw new InvalidRequestException("details.to", "a statement covers at most one year from details.from");
    }
    return reader.tree(d);
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    String sections = switch (StatementRequestDetails.Purpose.valueOf(details.get("purpose").asText())) {
      case TAX -> "BALANCES,TRADES,INTEREST";
      case AUDIT -> "BALANCES,TRADES,DEPOSITS,WITHDRAWALS";
      case OTHER -> "BALANCES";
    };
    return Map.of(
        StatementRequestVariables.PERIOD, details.get("from").asText() + " – " + details.get("to").asText(),
        StatementRequestVariables.SECTIONS, sections);
  }

  /** The agent may also set the statement's reference, which the customer is told. */
  @Override
  public java.util.Set<String> personFields() {
    java.util.Set<String> fields = new java.util.HashSet<>(ReviewDecision.FIELDS);
    fields.add(StatementRequestVariables.STATEMENT_REFERENCE);
    return fields;
  }

  /** A statement is sent only with its reference. */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    Object reference = task.getVariable(StatementRequestVariables.STATEMENT_REFERENCE);
    if (decision.approves() && (reference == null || reference.toString().isBlank())) {
      return List.of("Enter the statement's reference before you send it.");
    }
    return List.of();
  }

  @Override
  public Map<String, String> codeLists() {
    return Map.of(StatementRequestVariables.SECTIONS, "section");
  }
}
