package io.casedesk.review.internal;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.ReviewDecision;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completes a review task of any case type ({@code ${reviewListener}} on the task's complete event):
 * checks the decision, asks the case type whether it may be given (a failed hard check can forbid an
 * approval), and records the review apart from the fields a second approval reuses. A refusal leaves
 * the task open and tells the agent why, whichever API completes it (engine REST answers 400).
 */
class ReviewListener implements TaskListener {

  private final CaseTypes types;

  ReviewListener(CaseTypes types) {
    this.types = types;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision review = ReviewDecision.of(task, ReviewDecision.REVIEW_DECISIONS);
    CaseTypeDefinition type = types.find((String) task.getVariable(CaseVariables.CASE_TYPE))
        .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " belongs to no known case type"));
    List<String> refusals = type.refusals(task, review);
    if (!refusals.isEmpty()) {
      throw new BadUserRequestException(String.join(" ", refusals));
    }
    if (review.approves()) {
      // A reason shown and hidden again in the form must not follow an approval into the record.
      task.removeVariable(CaseVariables.REASON_CODE);
    }
    task.setVariable(CaseVariables.REVIEWED_BY, review.actor());
    task.setVariable(CaseVariables.REVIEW_DECISION, review.decision());
    task.setVariable(CaseVariables.REVIEW_REASON_CODE, review.approves() ? null : review.reasonCode());
    task.setVariable(CaseVariables.REVIEW_COMMENT, review.comment());
  }
}
