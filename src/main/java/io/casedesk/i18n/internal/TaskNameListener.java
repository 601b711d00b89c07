package io.casedesk.i18n.internal;

import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.AsDesk;
import io.casedesk.platform.EveryUserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names each new task in the case's language. The engine stores one name per task, so the name is
 * set when the task is created, from the case type's {@code tasks_<lang>.properties}, key
 * {@code <process key>.<activity id>}; without a translation the model's English name stays. A
 * process that belongs to no one type (the reopened case) has its names in {@code casetypes/<process key>/}.
 */
@Component
@Order(EveryUserTaskListener.LOCALIZATION)
class TaskNameListener implements EveryUserTaskListener {

  static final String TASK_NAMES = "tasks";

  private final Bundles bundles;
  private final CaseTypes types;

  TaskNameListener(Bundles bundles, CaseTypes types) {
    this.bundles = bundles;
    this.types = types;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    String processKey = processKey(task);
    var type = types.ofProcess(processKey);
    var language = SupportedLanguage.of((String) task.getVariable(CaseVariables.LOCALE));
    if (language.isEmpty()) {
      return;
    }
    // A process every case type shares (case-reopened) keeps its names where a type would: casetypes/<process key>.
    String folder = type.map(t -> t.bundles()).orElse("casetypes/" + processKey);
    String name = bundles.load(folder + "/" + TASK_NAMES, language.get())
        .getProperty(processKey + "." + task.getTaskDefinitionKey());
    if (name != null) {
      task.setName(name);
    }
  }

  private static String processKey(DelegateTask task) {
    return AsDesk.query(() ->
        task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey());
  }
}
