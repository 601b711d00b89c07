package io.casedesk.deposittrace;

import io.casedesk.cases.ReviewDecision;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Review deposit": checks the decision and refuses a credit when the chain shows no
 * payment to the exchange to credit.
 */
@Component
public class DepositReviewListener implements TaskListener {

  static final String REVIEWED_BY = "reviewedBy";
  private static final Set<String> DECISIONS = Set.of(ReviewDecision.APPROVE, ReviewDecision.REJECT, ReviewDecision.REQUEST_INFO);

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision review = ReviewDecision.of(task, DECISIONS);
    if (review.approves() && task.getVariable(DepositTraceVariables.AMOUNT) == null) {
      throw new BadUserRequestException("There is no payment to the exchange on chain to credit; reject or ask the customer.");
    }
    task.setVariable(REVIEWED_BY, review.actor());
  }
}
