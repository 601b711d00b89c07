package io.casedesk.routing.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.AsDesk;
import io.casedesk.platform.CandidateGroupRouter;
import io.casedesk.platform.EveryUserTaskListener;
import io.casedesk.routing.LanguageQueues;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Routes each new task of a case to the queue of the case's language. Models name the queue
 * ({@code kyc}, {@code compliance}); the language variant is picked when the task is created, so a
 * change of staffing applies to the next task.
 *
 * <ul>
 *   <li>Language-bound queue: the variant of the case's language ({@code kycZh}); when that has no
 *       member, the English variant ({@code kycEn}), and the task says why.
 *   <li>Specialist queue: the language variant where one has members ({@code complianceZh}), else
 *       the specialist queue itself; the case language shows on the task either way.
 * </ul>
 */
@Component
@Order(EveryUserTaskListener.ROUTING)
class LanguageRoutingListener implements CandidateGroupRouter, EveryUserTaskListener {

  /** Task-local variable that explains a routing to another language's queue. */
  public static final String ROUTING_NOTE = LanguageQueues.ROUTING_NOTE;

  private final LanguageQueues queues;
  private final IdentityService identityService;

  LanguageRoutingListener(LanguageQueues queues, IdentityService identityService) {
    this.queues = queues;
    this.identityService = identityService;
  }

  @Override
  public List<String> route(String queue, VariableScope scope) {
    if (scope.getVariable(CaseVariables.LOCALE) == null) {
      return List.of(queue);
    }
    SupportedLanguage language = language(scope);
    String variant = LanguageQueues.variant(queue, language);
    if (queues.isLanguageBound(queue)) {
      return List.of(staffed(variant) ? variant : LanguageQueues.variant(queue, SupportedLanguage.FALLBACK));
    }
    return List.of(staffed(variant) ? variant : queue);
  }

  /** Explains on the task when a language-bound step went to the English queue. */
  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_CREATE.equals(task.getEventName()) || task.getVariable(CaseVariables.LOCALE) == null) {
      return;
    }
    SupportedLanguage language = language(task);
    if (language == SupportedLanguage.FALLBACK) {
      return;
    }
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).toList();
    for (String queue : queues.languageBound()) {
      String english = LanguageQueues.variant(queue, SupportedLanguage.FALLBACK);
      if (groups.contains(english)) {
        String note = "Case language " + language.tag() + ": the " + LanguageQueues.variant(queue, language)
            + " queue has no agents, so this task is in " + english + ".";
        task.setVariableLocal(ROUTING_NOTE, note);
        task.setDescription(note);
      }
    }
  }

  private static SupportedLanguage language(VariableScope scope) {
    return SupportedLanguage.of((String) scope.getVariable(CaseVariables.LOCALE)).orElse(SupportedLanguage.FALLBACK);
  }

  private boolean staffed(String group) {
    return AsDesk.query(() -> identityService.createUserQuery().memberOfGroup(group).count() > 0);
  }
}
