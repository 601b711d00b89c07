package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.WithdrawalWhitelist;
import io.casedesk.platform.ExternalCall;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Take the address off the whitelist": the customer cancelled during the cooling-off, so what this
 * case added goes, whether or not its hold has ended by the time the step runs.
 */
@Component
@ExternalCall
public class CancelAdditionDelegate implements JavaDelegate {

  private final WithdrawalWhitelist whitelist;

  CancelAdditionDelegate(WithdrawalWhitelist whitelist) {
    this.whitelist = whitelist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    whitelist.cancelAddition((String) execution.getVariable(CaseVariables.CUSTOMER_UID), execution.getProcessBusinessKey());
  }
}
