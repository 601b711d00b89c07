package io.casedesk.copytrading.internal;

import static io.casedesk.copytrading.CopyTradingVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.copytrading.Fault;
import io.casedesk.copytrading.internal.CopyOrderFaultDecisions.FaultDecision;
import io.casedesk.copytrading.internal.CopyTradeReconciliation.Reconciled;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.platform.JsonVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Decide the fault of each copy": asks the analysts' table {@code copy-order-fault} for every order
 * reconciled, computes the compensation of each platform fault, and sets what the case decision, the
 * review forms and the customer's message need: counts, the total, whether a supervisor approves
 * first, the table and the finding's lines in the case language.
 */
@Component
class DecideCopyOrderFaultsDelegate implements JavaDelegate {

  private final CopyOrderFaultDecisions faults;
  private final CopyTradeReconciliation reconciliation;
  private final CopyTradingFindingTexts texts;
  private final JsonVariables json;

  DecideCopyOrderFaultsDelegate(
      CopyOrderFaultDecisions faults, CopyTradeReconciliation reconciliation, CopyTradingFindingTexts texts, JsonVariables json) {
    this.faults = faults;
    this.reconciliation = reconciliation;
    this.texts = texts;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reconciled reconciled = json.read(execution, RECONCILIATION, Reconciled.class);
    List<OrderFinding> orders = new ArrayList<>();
    for (OrderFinding order : reconciled.orders()) {
      FaultDecision decision = faults.decide(order);
      BigDecimal compensation = decision.fault() == Fault.PLATFORM_FAULT ? reconciliation.compensation(order, decision.compensateUnfilled()) : null;
      orders.add(order.decided(decision.fault(), compensation));
    }
    List<OrderFinding> platform = orders.stream().filter(o -> o.fault() == Fault.PLATFORM_FAULT).toList();
    BigDecimal total = platform.stream().map(OrderFinding::compensation).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(CopyTradeReconciliation.MONEY_SCALE, RoundingMode.UNNECESSARY);
    SupportedLanguage language = SupportedLanguage.of((String) execution.getVariable(CaseVariables.LOCALE)).orElse(SupportedLanguage.FALLBACK);
    String leadTrader = (String) execution.getVariable(LEAD_TRADER);

    execution.setVariable(RECONCILIATION, json.toValue(new Reconciled(orders, reconciled.unknownOrderIds())));
    execution.setVariable(RECONCILIATION_TABLE, json.toValue(texts.tableRows(orders, language)));
    execution.setVariable(UNKNOWN_ORDER_IDS, String.join(", ", reconciled.unknownOrderIds()));
    execution.setVariable(ORDERS_RECONCILED, orders.size());
    execution.setVariable(PLATFORM_FAULTS, platform.size());
    execution.setVariable(FOLLOWER_FAULTS, (int) orders.stream().filter(o -> o.fault() == Fault.FOLLOWER_CONFIGURATION).count());
    execution.setVariable(COMPENSATION_TOTAL, total.toPlainString());
    execution.setVariable(COMPENSATION_ASSET, CopyTradeReconciliation.COMPENSATION_ASSET);
    execution.setVariable(COMPENSATION_DUE, total.signum() > 0);
    execution.setVariable(APPROVAL_THRESHOLD, reconciliation.approvalThreshold().toPlainString());
    execution.setVariable(APPROVAL_REQUIRED, total.compareTo(reconciliation.approvalThreshold()) > 0);
    execution.setVariable(COMPENSATION_BY_HAND, platform.stream().anyMatch(o -> o.compensation() == null));
    execution.setVariable(FINDING_LINES, texts.customerLines(orders, reconciled.unknownOrderIds(), leadTrader, language));
  }
}
