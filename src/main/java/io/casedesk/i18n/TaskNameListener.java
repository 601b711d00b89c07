package io.casedesk.i18n;

import io.casedesk.cases.CaseVariables;
import io.casedesk.platform.AsDesk;
import io.casedesk.platform.EveryUserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names each new task in the case's language. The engine stores one name per task, so the name is
 * set when the task is created, from {@code i18n/tasks_<lang>.properties}, key
 * {@code <process key>.<activity id>}; without a translation the model's English name stays.
 */
@Component
@Order(EveryUserTaskListener.LOCALIZATION)
class TaskNameListener implements EveryUserTaskListener {

  static final String TASK_NAMES = "i18n/tasks";

  private final Bundles bundles;

  TaskNameListener(Bundles bundles) {
    this.bundles = bundles;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    SupportedLanguage.of((String) task.getVariable(CaseVariables.LOCALE))
        .map(language -> bundles.load(TASK_NAMES, language).getProperty(key(task)))
        .ifPresent(task::setName);
  }

  static String key(DelegateTask task) {
    String processKey = AsDesk.query(() ->
        task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey());
    return processKey + "." + task.getTaskDefinitionKey();
  }
}
