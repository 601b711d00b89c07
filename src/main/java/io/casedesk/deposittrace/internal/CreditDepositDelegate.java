package io.casedesk.deposittrace.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.deposittrace.DepositTraceDetails;
import io.casedesk.deposittrace.DepositTraceVariables;
import io.casedesk.ledger.CreditRequest;
import io.casedesk.ledger.Deposit;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Credit deposit to account": the agent matched the deposit to the customer (a missing memo, an
 * unclear case); the back office credits it in the agent's name.
 */
@Component
@ExternalCall
public class CreditDepositDelegate implements JavaDelegate {

  private final LedgerPort ledger;
  private final JsonVariables json;

  CreditDepositDelegate(LedgerPort ledger, JsonVariables json) {
    this.ledger = ledger;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DepositTraceDetails details = json.read(execution, CaseVariables.CASE_DETAILS, DepositTraceDetails.class);
    Object amount = execution.getVariable(DepositTraceVariables.AMOUNT);
    if (amount == null) {
      throw new IllegalStateException("No amount on chain to credit for " + details.txId());
    }
    Object agent = execution.getVariable(CaseVariables.REVIEWED_BY);
    Deposit deposit = ledger.credit(new CreditRequest(
        (String) execution.getVariable(CaseVariables.CUSTOMER_UID), details.chain().name(), details.asset(), details.txId(),
        new BigDecimal(amount.toString()), agent == null ? "agent" : agent.toString()));
    execution.setVariable(DepositTraceVariables.LEDGER_ENTRY_ID, deposit.ledgerEntryId());
  }
}
