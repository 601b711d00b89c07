package io.casedesk.deposittrace.internal;

import static io.casedesk.deposittrace.DepositTraceVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.deposittrace.DepositTraceDetails;
import io.casedesk.deposittrace.DepositVerdict;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check deposit on chain": asks the ledger and the chain, and sets the verdict and the facts the
 * customer's notification and the agent's form show.
 */
@Component
@ExternalCall
public class CheckDepositOnChainDelegate implements JavaDelegate {

  static final DateTimeFormatter CUSTOMER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final DepositTrace trace;
  private final JsonVariables json;

  CheckDepositOnChainDelegate(DepositTrace trace, JsonVariables json) {
    this.trace = trace;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DepositTraceDetails details = json.read(execution, CaseVariables.CASE_DETAILS, DepositTraceDetails.class);
    Object rechecks = execution.getVariable(RECHECKS);
    int looks = rechecks instanceof Number n ? n.intValue() : 0;
    DepositTrace.Finding finding = trace.trace((String) execution.getVariable(CaseVariables.CUSTOMER_UID), details, looks);

    String previous = (String) execution.getVariable(VERDICT);
    if (!details.txId().equals(execution.getVariable(TX_ID))) {
      // The customer corrected the transaction: nothing of the earlier one may carry over.
      looks = 0;
      previous = null;
    }
    execution.setVariable(CHAIN, details.chain().name());
    execution.setVariable(ASSET, details.asset());
    execution.setVariable(TX_ID, details.txId());
    execution.setVariable(VERDICT, finding.verdict().name());
    execution.setVariable(FIRST_CONFIRMING, finding.verdict() == DepositVerdict.CONFIRMING && !DepositVerdict.CONFIRMING.name().equals(previous));
    execution.setVariable(CONFIRMATIONS, finding.confirmations());
    execution.setVariable(REQUIRED_CONFIRMATIONS, finding.requiredConfirmations());
    execution.setVariable(EXPECTED_CREDIT_AT, finding.expectedCreditAt() == null ? "" : CUSTOMER_TIME.format(finding.expectedCreditAt()));
    execution.setVariable(RECHECK_AFTER, trace.recheckAfter(details.chain()).toString());
    execution.setVariable(RECHECKS, finding.verdict() == DepositVerdict.CONFIRMING ? looks + 1 : looks);
    execution.setVariable(VERDICT_NOTE, finding.note());
    execution.removeVariable(AMOUNT);
    execution.removeVariable(LEDGER_ENTRY_ID);
    if (finding.transfer() != null) {
      execution.setVariable(AMOUNT, finding.transfer().amount().stripTrailingZeros().toPlainString());
    }
    if (finding.deposit() != null) {
      execution.setVariable(AMOUNT, finding.deposit().amount().stripTrailingZeros().toPlainString());
      execution.setVariable(LEDGER_ENTRY_ID, finding.deposit().ledgerEntryId());
    }
    execution.setVariable(DEPOSIT_SUMMARY, summary(details, finding));
  }

  private static String summary(DepositTraceDetails details, DepositTrace.Finding f) {
    StringBuilder s = new StringBuilder();
    s.append(details.chain()).append(' ').append(details.asset()).append(" transaction ").append(details.txId()).append('\n');
    if (f.transfer() != null) {
      s.append("Paid ").append(f.transfer().amount().stripTrailingZeros().toPlainString()).append(" to ").append(f.transfer().toAddress());
      if (f.transfer().memo() != null) {
        s.append(" (memo ").append(f.transfer().memo()).append(')');
      }
      s.append('\n');
    }
    if (f.requiredConfirmations() > 0) {
      s.append("Confirmations: ").append(f.confirmations()).append(" of ").append(f.requiredConfirmations()).append('\n');
    }
    if (details.memo() != null) {
      s.append("Memo the customer says they used: ").append(details.memo()).append('\n');
    }
    return s.append(f.note()).toString();
  }
}
