package io.casedesk.documents.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.EveryUserTaskListener;
import io.casedesk.platform.JsonVariables;
import io.casedesk.tasklist.TaskCard;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts links to the case's documents on every new task of a case that holds documents, named by
 * kind in the case's language ({@link TaskCard#DOCUMENTS}, Markdown, shown by the form header): each
 * opens through the desk ({@link DocumentsController}), which checks who opens it and records the view.
 */
@Component
@Order(EveryUserTaskListener.PRESENTATION + 10)
class DocumentLinksListener implements EveryUserTaskListener {

  private final CaseDocuments documents;
  private final JsonVariables json;
  private final DeskMessages messages;

  DocumentLinksListener(CaseDocuments documents, JsonVariables json, DeskMessages messages) {
    this.documents = documents;
    this.json = json;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (!EVENTNAME_CREATE.equals(task.getEventName()) || caseNumber == null || task.getVariable(CaseVariables.CASE_DETAILS) == null) {
      return;
    }
    List<DocumentReference> held = documents.of(json.read(task, CaseVariables.CASE_DETAILS));
    if (held.isEmpty()) {
      return;
    }
    SupportedLanguage language = DeskMessages.languageOf(task);
    task.setVariableLocal(TaskCard.DOCUMENTS, held.stream()
        .map(d -> "[" + messages.text("documentKind." + d.kind(), language) + "](" + link(caseNumber, d) + ")")
        .collect(Collectors.joining(" · ")));
  }

  /** Where a document opens: the desk's endpoint, relative, so it works on whatever host the desk runs. */
  static String link(String caseNumber, DocumentReference document) {
    return "/api/cases/" + caseNumber + "/documents/" + document.sha256();
  }
}
