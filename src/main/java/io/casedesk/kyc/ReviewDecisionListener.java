package io.casedesk.kyc;

import io.casedesk.cases.CaseVariables;
import io.casedesk.cases.ReviewDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Review KYC application": checks the decision, refuses an approval that a failed hard
 * check forbids (expired document, under 18, duplicate identity), and records the review apart from
 * the fields a second approval reuses.
 */
@Component
public class ReviewDecisionListener implements TaskListener {

  private static final Set<String> DECISIONS = Set.of(ReviewDecision.APPROVE, ReviewDecision.REJECT, ReviewDecision.REQUEST_INFO);

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision review = ReviewDecision.of(task, DECISIONS);
    if (review.approves()) {
      List<String> failed = failedHardChecks(task);
      if (!failed.isEmpty()) {
        throw new BadUserRequestException(
            "This application cannot be approved: " + String.join(", ", failed) + ". Reject it or ask the customer for more information.");
      }
      // A reason shown and hidden again in the form must not follow an approval into the record.
      task.removeVariable(CaseVariables.REASON_CODE);
    }
    task.setVariable(KycVariables.REVIEWED_BY, review.actor());
    task.setVariable(KycVariables.REVIEW_DECISION, review.decision());
    task.setVariable(KycVariables.REVIEW_REASON_CODE, review.reasonCode());
    task.setVariable(KycVariables.REVIEW_COMMENT, review.comment());
  }

  private static List<String> failedHardChecks(DelegateTask task) {
    List<String> failed = new ArrayList<>();
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.DOCUMENT_EXPIRED))) {
      failed.add("the identity document has expired");
    }
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.APPLICANT_UNDERAGE))) {
      failed.add("the applicant is under 18");
    }
    if (Boolean.TRUE.equals(task.getVariable(KycVariables.DUPLICATE_IDENTITY))) {
      failed.add("the document already verifies another account");
    }
    return failed;
  }
}
