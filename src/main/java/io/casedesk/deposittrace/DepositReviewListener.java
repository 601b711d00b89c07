package io.casedesk.deposittrace;

import io.casedesk.cases.ReviewDecision;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Review deposit": checks the decision, and allows a credit only for what an agent can
 * settle: a payment to the exchange's shared address whose memo or tag was missing. A payment to
 * another account's address, a token transfer or a stuck transaction is rejected or asked about.
 */
@Component
public class DepositReviewListener implements TaskListener {

  private static final Set<String> DECISIONS = Set.of(ReviewDecision.APPROVE, ReviewDecision.REJECT, ReviewDecision.REQUEST_INFO);

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision review = ReviewDecision.of(task, DECISIONS);
    if (review.approves() && !DepositVerdict.MISSING_MEMO.name().equals(task.getVariable(DepositTraceVariables.VERDICT))) {
      throw new BadUserRequestException(
          "Only a deposit whose memo or tag was missing can be credited here; reject it or ask the customer.");
    }
    task.setVariable(io.casedesk.cases.CaseVariables.REVIEWED_BY, review.actor());
  }
}
