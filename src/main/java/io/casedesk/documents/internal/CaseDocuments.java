package io.casedesk.documents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.platform.JsonVariables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The documents a case holds now: the {@code documents} of its details (any case type whose details
 * keep a list of {@link DocumentReference}), as the customer's replies left them. Read from the
 * engine's history, so they are found while the case runs and after it ended alike.
 */
@Component
class CaseDocuments {

  static final String DOCUMENTS = "documents";

  private final HistoryService historyService;
  private final JsonVariables json;

  CaseDocuments(HistoryService historyService, JsonVariables json) {
    this.historyService = historyService;
    this.json = json;
  }

  List<DocumentReference> of(String caseNumber) {
    String[] instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    if (instances.length == 0) {
      return List.of();
    }
    return historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances).variableName(CaseVariables.CASE_DETAILS).disableCustomObjectDeserialization().list().stream()
        .max(Comparator.comparing(HistoricVariableInstance::getCreateTime))
        .map(details -> of(json.readTyped(details.getTypedValue())))
        .orElse(List.of());
  }

  /** The documents of a case's details (none when its type keeps no documents). */
  List<DocumentReference> of(JsonNode details) {
    List<DocumentReference> documents = new ArrayList<>();
    for (JsonNode document : details.path(DOCUMENTS)) {
      documents.add(json.convert(document, DocumentReference.class));
    }
    return documents;
  }

  Optional<DocumentReference> find(String caseNumber, String sha256) {
    return of(caseNumber).stream().filter(d -> d.sha256().equals(sha256)).findFirst();
  }
}
