package io.casedesk.copytrading.internal;

import static io.casedesk.copytrading.CopyTradingVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.copytrading.CopyTradingDisputeDetails;
import io.casedesk.ledger.LeadTraderOrders;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reconcile copies with the lead's orders": reads the follower's copy orders and the lead trader's
 * own orders in the window from the ledger and sets what the reconciliation found
 * ({@code reconciliation}), with the dispute's lead trader and window as the forms show them.
 */
@Component
@ExternalCall
class ReconcileCopyTradesDelegate implements JavaDelegate {

  static final DateTimeFormatter WINDOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final LedgerPort ledger;
  private final LeadTraderOrders leadOrders;
  private final CopyTradeReconciliation reconciliation;
  private final JsonVariables json;

  ReconcileCopyTradesDelegate(LedgerPort ledger, LeadTraderOrders leadOrders, CopyTradeReconciliation reconciliation, JsonVariables json) {
    this.ledger = ledger;
    this.leadOrders = leadOrders;
    this.reconciliation = reconciliation;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CopyTradingDisputeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, CopyTradingDisputeDetails.class);
    String follower = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    var copies = ledger.copyTradingOrders(follower, details.from(), details.to());
    var leads = leadOrders.followedOrders(details.leadTrader(), follower, details.from(), details.to());
    var reconciled = reconciliation.reconcile(details.leadTrader(), leads, copies, details.orderIds());

    // A customer's reply may correct the lead trader or the window: the forms show the current ones.
    execution.setVariable(LEAD_TRADER, details.leadTrader());
    execution.setVariable(WINDOW_FROM, WINDOW_TIME.format(details.from()));
    execution.setVariable(WINDOW_TO, WINDOW_TIME.format(details.to()));
    execution.setVariable(CLAIM, details.claim().name());
    execution.setVariable(RECONCILIATION, json.toValue(reconciled));
  }
}
