package io.casedesk.review.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.ReviewDecision;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Four eyes on a second approval of any case type ({@code ${fourEyesListener}} on the task's create,
 * assignment and complete events), enforced by the engine: the person who reviewed the case can
 * neither be assigned nor complete the second approval, and the second approval needs an
 * identified person.
 */
class FourEyesListener implements TaskListener {

  private static final Set<String> DECISIONS = Set.of(ReviewDecision.APPROVE, ReviewDecision.REJECT);

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> startBlank(task);
      case EVENTNAME_ASSIGNMENT -> refuseReviewer(task, task.getAssignee());
      case EVENTNAME_COMPLETE -> complete(task);
      default -> {}
    }
  }

  /** The form opens without the first reviewer's decision pre-selected. */
  private static void startBlank(DelegateTask task) {
    task.getExecution().removeVariable(CaseVariables.DECISION);
    task.getExecution().removeVariable(CaseVariables.REASON_CODE);
    task.getExecution().removeVariable(CaseVariables.COMMENT);
  }

  private static void complete(DelegateTask task) {
    ReviewDecision approval = ReviewDecision.of(task, DECISIONS);
    if (approval.actor() == null) {
      throw new BadUserRequestException("The second approval must be given by a signed-in person.");
    }
    refuseReviewer(task, approval.actor());
    task.setVariable(CaseVariables.SECOND_APPROVAL_BY, approval.actor());
  }

  private static void refuseReviewer(DelegateTask task, String user) {
    Object reviewer = task.getVariable(CaseVariables.REVIEWED_BY);
    if (user != null && Objects.equals(user, reviewer)) {
      throw new BadUserRequestException(
          "Four eyes: " + user + " reviewed this case and cannot also give its second approval.");
    }
  }
}
