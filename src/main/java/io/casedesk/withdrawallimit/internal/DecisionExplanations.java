package io.casedesk.withdrawallimit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * How the withdrawal-limit table decided a case, read back from the engine's decision history (what
 * Cockpit shows for the case): the rule that matched, with its description from the deployed table,
 * every input with its value, and the outputs.
 */
@Component
class DecisionExplanations {

  static final String DECISION_KEY = "withdrawal-limit";
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final Map<String, DmnModelInstance> tables = new ConcurrentHashMap<>();

  DecisionExplanations(HistoryService historyService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
  }

  /** One input as the table saw it: its label (the column's header) and value. */
  record Input(String label, Object value) {}

  record Explanation(
      String decisionInstanceId, String decisionKey, int version, Instant evaluatedAt, String ruleId, Integer ruleOrder, int rules,
      String ruleDescription, List<Input> inputs, Map<String, Object> outputs) {

    String text() {
      StringBuilder s = new StringBuilder();
      if (ruleId == null) {
        s.append("No rule of decision table ").append(decisionKey).append(" version ").append(version).append(" matched");
      } else {
        s.append("Rule ").append(ruleOrder).append(" of ").append(rules).append(" (").append(ruleId).append(") of decision table ")
            .append(decisionKey).append(" version ").append(version).append(" matched");
      }
      s.append(" on ").append(UTC.format(evaluatedAt)).append(": ")
          .append(outputs.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + " = " + shown(e.getValue()))
              .collect(Collectors.joining(", ")))
          .append('.');
      if (ruleDescription != null && !ruleDescription.isBlank()) {
        s.append("\n").append(ruleDescription.trim());
      }
      s.append("\nInputs: ").append(inputs.stream().map(i -> i.label() + " = " + shown(i.value()))
          .collect(Collectors.joining("; "))).append('.');
      return s.toString();
    }

    /** Numbers as people write them: 20000, not 20000.0; 2.5, not 2.5000000001. */
    private static String shown(Object value) {
      if (value == null) {
        return "(none)";
      }
      if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
        return new BigDecimal(value.toString()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
      }
      return value.toString();
    }
  }

  /** The case's latest evaluation of the table; when two share the time, one not yet recorded ({@code recorded}). */
  Optional<Explanation> latest(String processInstanceId, String recorded) {
    return historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId)
        .decisionDefinitionKey(DECISION_KEY)
        .includeInputs()
        .includeOutputs()
        .list().stream()
        .max(Comparator.comparing(HistoricDecisionInstance::getEvaluationTime)
            .thenComparing(d -> !Objects.equals(d.getId(), recorded)))
        .map(this::explain);
  }

  Optional<Explanation> find(String decisionInstanceId) {
    return Optional.ofNullable(historyService.createHistoricDecisionInstanceQuery()
            .decisionInstanceId(decisionInstanceId).includeInputs().includeOutputs().singleResult())
        .map(this::explain);
  }

  private Explanation explain(HistoricDecisionInstance decision) {
    List<HistoricDecisionOutputInstance> outputs = decision.getOutputs();
    String ruleId = outputs.isEmpty() ? null : outputs.get(0).getRuleId();
    DmnModelInstance model = tables.computeIfAbsent(decision.getDecisionDefinitionId(), repositoryService::getDmnModelInstance);
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    List<Rule> rules = List.copyOf(table.getRules());
    List<String> columns = table.getInputs().stream().map(org.camunda.bpm.model.dmn.instance.Input::getId).toList();
    Rule rule = ruleId == null ? null : model.getModelElementById(ruleId);
    Integer ruleOrder = rule == null ? null : rules.indexOf(rule) + 1;
    Description description = rule == null ? null : rule.getDescription();
    Map<String, Object> values = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : outputs) {
      values.put(output.getVariableName(), output.getValue());
    }
    int version = repositoryService.getDecisionDefinition(decision.getDecisionDefinitionId()).getVersion();
    return new Explanation(
        decision.getId(), decision.getDecisionDefinitionKey(), version, decision.getEvaluationTime().toInstant(), ruleId, ruleOrder,
        rules.size(), description == null ? null : description.getTextContent(),
        decision.getInputs().stream()
            .sorted(Comparator.comparingInt(i -> columns.indexOf(i.getClauseId())))
            .map(DecisionExplanations::input).toList(),
        values);
  }

  private static Input input(HistoricDecisionInputInstance input) {
    return new Input(input.getClauseName(), input.getValue());
  }
}
