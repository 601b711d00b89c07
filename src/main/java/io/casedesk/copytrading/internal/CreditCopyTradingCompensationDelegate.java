package io.casedesk.copytrading.internal;

import static io.casedesk.copytrading.CopyTradingVariables.COMPENSATION_CREDITS;
import static io.casedesk.copytrading.CopyTradingVariables.RECONCILIATION;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.copytrading.Fault;
import io.casedesk.copytrading.internal.CopyTradeReconciliation.Reconciled;
import io.casedesk.ledger.CopyTradingCompensation;
import io.casedesk.ledger.CopyTradingCompensation.CompensationRequest;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Credit compensation": credits each platform fault's compensation through the ledger, one request
 * per lead order, keyed by case number and order. A retried or repeated step asks again with the same
 * keys and the ledger answers the earlier credits: the follower is paid once.
 */
@Component
@ExternalCall
class CreditCopyTradingCompensationDelegate implements JavaDelegate {

  private final CopyTradingCompensation compensation;
  private final JsonVariables json;

  CreditCopyTradingCompensationDelegate(CopyTradingCompensation compensation, JsonVariables json) {
    this.compensation = compensation;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
    String customerUid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    Object approver = execution.getVariable(CaseVariables.SECOND_APPROVAL_BY);
    if (approver == null) {
      approver = execution.getVariable(CaseVariables.REVIEWED_BY);
    }
    List<String> credits = new ArrayList<>();
    for (OrderFinding order : json.read(execution, RECONCILIATION, Reconciled.class).orders()) {
      if (order.fault() != Fault.PLATFORM_FAULT || order.compensation() == null || order.compensation().signum() <= 0) {
        continue;
      }
      credits.add(compensation.credit(new CompensationRequest(caseNumber, order.leadOrderId(), customerUid,
          CopyTradeReconciliation.COMPENSATION_ASSET, order.compensation(), reason(order, caseNumber), java.util.Objects.toString(approver, "casedesk"))).id());
    }
    execution.setVariable(COMPENSATION_CREDITS, String.join(",", credits));
  }

  private static String reason(OrderFinding order, String caseNumber) {
    return "Copy-trading compensation, case " + caseNumber + ": copy of lead order " + order.leadOrderId()
        + (order.copyOrderId() == null ? "" : " (" + order.copyOrderId() + ")") + " " + order.symbol() + " " + order.side() + ", "
        + order.verdicts().stream().map(Enum::name).collect(Collectors.joining(", "))
        + (order.failureReason() == null ? "" : " " + order.failureReason());
  }
}
