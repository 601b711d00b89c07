package io.casedesk.tasklist.internal;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.AsDesk;
import io.casedesk.platform.CaseOpenTasks;
import io.casedesk.platform.EveryUserTaskListener;
import io.casedesk.sla.SlaClockView;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaEvents;
import io.casedesk.tasklist.TaskCard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes every task's card ({@link TaskCard}) in the case's language: when the task is created, and
 * again on each of the case's open tasks whenever its SLA standing changes (at risk, breached,
 * paused, resumed, first response), in the transaction of that change.
 */
@Component
@Order(EveryUserTaskListener.PRESENTATION)
class TaskCards implements EveryUserTaskListener {

  private final SlaClocks clocks;
  private final CaseTypes types;
  private final DeskMessages messages;
  private final DeskNames names;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final CaseOpenTasks openTasks;

  TaskCards(SlaClocks clocks, CaseTypes types, DeskMessages messages, DeskNames names, TaskService taskService,
      RepositoryService repositoryService, CaseOpenTasks openTasks) {
    this.clocks = clocks;
    this.types = types;
    this.messages = messages;
    this.names = names;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.openTasks = openTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (!EVENTNAME_CREATE.equals(task.getEventName()) || caseNumber == null) {
      return;
    }
    SupportedLanguage language = DeskMessages.languageOf(task);
    Map<String, Object> card = new HashMap<>();
    card.put(TaskCard.CASE_NUMBER, caseNumber);
    card.put(TaskCard.CASE_TYPE, caseTypeName(task, language));
    card.put(TaskCard.LANGUAGE, names.language(language, language));
    card.put(TaskCard.CHANNEL, code("channel", task.getVariable(CaseVariables.CHANNEL), language));
    card.put(TaskCard.TIER, code("tier", task.getVariable(CaseVariables.TIER), language));
    card.putAll(SlaStanding.variables(clocks.forCase(caseNumber), language, messages));
    card.values().removeIf(java.util.Objects::isNull);
    task.setVariablesLocal(card);
  }

  /** At risk, breached, paused, resumed (due moved), first response: the standing changed. */
  @EventListener
  void on(SlaEvents.CaseSlaEvent event) {
    refresh(event.caseNumber());
  }

  /**
   * The SLA lines of every open task of the case, as the desk: whoever caused the change. Only the
   * lines that changed are written (each write is a variable update and a history detail).
   */
  private void refresh(String caseNumber) {
    AsDesk.run(() -> {
      List<Task> tasks = openTasks.of(caseNumber);
      if (tasks.isEmpty()) {
        return;
      }
      List<SlaClockView> caseClocks = clocks.forCase(caseNumber);
      for (Task task : tasks) {
        SupportedLanguage language = SupportedLanguage.of(String.valueOf(taskService.getVariable(task.getId(), CaseVariables.LOCALE)))
            .orElse(SupportedLanguage.FALLBACK);
        Map<String, Object> lines = SlaStanding.variables(caseClocks, language, messages);
        Map<String, Object> shown = taskService.getVariablesLocal(task.getId(), lines.keySet());
        lines.entrySet().removeIf(line -> shown.containsKey(line.getKey()) && Objects.equals(shown.get(line.getKey()), line.getValue()));
        if (!lines.isEmpty()) {
          taskService.setVariablesLocal(task.getId(), lines);
        }
      }
    });
  }

  private String code(String kind, Object value, SupportedLanguage language) {
    return value == null ? null : messages.text(kind + "." + value, language);
  }

  /** The case type's name: its process's, in the language (a task of another process names the case's type all the same). */
  private String caseTypeName(DelegateTask task, SupportedLanguage language) {
    ProcessDefinition own = AsDesk.query(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId()));
    String processKey = types.find((String) task.getVariable(CaseVariables.CASE_TYPE)).map(CaseTypeDefinition::processKey).orElse(own.getKey());
    ProcessDefinition type = processKey.equals(own.getKey()) ? own : AsDesk.query(() ->
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult());
    return names.process(processKey, type == null ? processKey : type.getName(), language);
  }
}
