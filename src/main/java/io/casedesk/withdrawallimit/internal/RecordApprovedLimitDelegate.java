package io.casedesk.withdrawallimit.internal;

import static io.casedesk.withdrawallimit.WithdrawalLimitVariables.*;

import io.casedesk.casetype.CaseVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record approved limit": the limit the reviewer approved becomes the desk's to apply, so that a
 * second approval confirms it but cannot change it; above the ceiling of the account's level it needs
 * that second approval by compliance.
 */
@Component
public class RecordApprovedLimitDelegate implements JavaDelegate {

  private final LimitRequests requests;

  RecordApprovedLimitDelegate(LimitRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal approved = WithdrawalLimitCaseType.amount(execution.getVariable(APPROVED_DAILY_LIMIT_USD));
    if (approved == null || approved.signum() <= 0) {
      throw new IllegalStateException("The review approved no daily limit");
    }
    BigDecimal ceiling = WithdrawalLimitCaseType.amount(execution.getVariable(LEVEL_CEILING_USD));
    execution.setVariable(GRANTED_DAILY_LIMIT_USD, UsdAmounts.plain(approved));
    execution.setVariable(GRANTED_ABOVE_CEILING, approved.compareTo(ceiling) > 0);
    execution.setVariable(GRANTED_LIMIT_TEXT, UsdAmounts.text(approved, (String) execution.getVariable(CaseVariables.LOCALE)));
    requests.recordApproved(execution.getProcessBusinessKey(), approved);
  }
}
