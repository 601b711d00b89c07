package io.casedesk.platform.internal;

import io.casedesk.platform.CandidateGroupRouter;
import io.casedesk.platform.EveryUserTaskListener;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine plugin that applies desk-wide rules to every user task of every deployed model, so that
 * each case type follows them without any model having to remember them: the
 * {@link CandidateGroupRouter} decides who gets the task, and every {@link EveryUserTaskListener}
 * bean, in their {@code @Order}, listens to it (localized names, escalation, SLA tracking).
 */
@Component
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private static final List<String> EVENTS =
      List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE);

  private final ObjectProvider<EveryUserTaskListener> listeners;
  private final ObjectProvider<CandidateGroupRouter> router;

  UserTaskListenersPlugin(ObjectProvider<EveryUserTaskListener> listeners, ObjectProvider<CandidateGroupRouter> router) {
    this.listeners = listeners;
    this.router = router;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners();
    if (parseListeners == null) {
      parseListeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(parseListeners);
    }
    parseListeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            var routed = RoutedCandidateGroups.wrap(definition.getCandidateGroupIdExpressions(), router::getObject);
            definition.getCandidateGroupIdExpressions().clear();
            routed.forEach(definition::addCandidateGroupIdExpression);
            // Resolved lazily: the listeners may depend on beans that need the engine.
            TaskListener all = task -> listeners.orderedStream().forEach(l -> l.notify(task));
            EVENTS.forEach(event -> definition.addTaskListener(event, all));
          }
        });
  }
}
