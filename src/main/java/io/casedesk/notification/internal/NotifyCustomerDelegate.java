package io.casedesk.notification.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.notification.NotificationOutbox;
import io.casedesk.platform.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Notify customer" service task: renders the template named by the task's input parameter
 * {@code template} in the case's language and puts it in the outbox. A message whose next step
 * records the case's resolution (see {@link ResolutionNotice}) ends with the invitation to rate the help.
 */
@Component
class NotifyCustomerDelegate implements JavaDelegate {

  /** The shared bundle's line that invites the customer to rate the help (CSAT), closing every resolution message. */
  static final String CSAT_INVITATION = "csat.invitation";

  private final NotificationTemplates templates;
  private final NotificationOutbox outbox;

  NotifyCustomerDelegate(NotificationTemplates templates, NotificationOutbox outbox) {
    this.templates = templates;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = TaskInputs.required(execution, "template");
    String language = (String) execution.getVariable(CaseVariables.LOCALE);
    RenderedMessage message = templates.render(template, language, execution.getVariables());
    String body = message.body();
    if (ResolutionNotice.endsCase(execution)) {
      // The message that tells the customer the case is resolved invites the satisfaction rating.
      body = body + "\n\n" + templates.text(CSAT_INVITATION, language, execution.getVariables());
    }
    outbox.add(execution.getProcessBusinessKey(), message.template(), message.locale(), message.subject(), body);
  }
}
