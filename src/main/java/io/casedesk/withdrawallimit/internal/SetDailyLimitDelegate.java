package io.casedesk.withdrawallimit.internal;

import static io.casedesk.withdrawallimit.WithdrawalLimitVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.WithdrawalLimits;
import io.casedesk.platform.ExternalCall;
import java.math.BigDecimal;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Set daily limit on account": applies the granted daily limit through the ledger, idempotent by
 * case number. An account that is no longer active is never raised (the error ACCOUNT_NOT_ACTIVE,
 * modelled in the diagram), and a limit already as high stays as it is: the desk never lowers one.
 */
@Component
@ExternalCall
public class SetDailyLimitDelegate implements JavaDelegate {

  static final String DESK = "casedesk";

  private final LedgerPort ledger;
  private final WithdrawalLimits limits;
  private final LimitRequests requests;
  private final Clock clock;

  SetDailyLimitDelegate(LedgerPort ledger, WithdrawalLimits limits, LimitRequests requests, Clock clock) {
    this.ledger = ledger;
    this.limits = limits;
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    BigDecimal granted = new BigDecimal((String) execution.getVariable(GRANTED_DAILY_LIMIT_USD));
    AccountStatus status = ledger.findAccount(uid).map(Account::status).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    if (status != AccountStatus.ACTIVE) {
      throw new BpmnError("ACCOUNT_NOT_ACTIVE", "Account " + uid + " is " + status + "; its limit is not raised");
    }
    BigDecimal current = limits.limits(uid).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid)).dailyLimitUsd();
    BigDecimal now = current.compareTo(granted) >= 0 ? current
        : limits.setDailyLimit(new WithdrawalLimits.DailyLimitChange(uid, granted, execution.getProcessBusinessKey(), approver(execution)))
            .dailyLimitUsd();
    execution.setVariable(DAILY_LIMIT_NOW_TEXT, UsdAmounts.text(now, (String) execution.getVariable(CaseVariables.LOCALE)));
    requests.recordApplied(execution.getProcessBusinessKey(), now, clock.instant());
  }

  /** The desk for the table's approvals; else who approved last. */
  private static String approver(DelegateExecution execution) {
    if (RecordLimitDecisionDelegate.APPROVE.equals(execution.getVariable(LIMIT_DECISION))) {
      return DESK;
    }
    Object second = execution.getVariable(CaseVariables.SECOND_APPROVAL_BY);
    Object reviewer = execution.getVariable(CaseVariables.REVIEWED_BY);
    return String.valueOf(second != null ? second : reviewer != null ? reviewer : DESK);
  }
}
