package io.casedesk.twofactor.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.AccountSecurityAdministration;
import io.casedesk.ledger.AccountSecurityAdministration.WithdrawalLock;
import io.casedesk.platform.ExternalCall;
import io.casedesk.twofactor.TwoFactorVariables;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lift withdrawal lock" (withdrawal-lock): ends the case's lock through the back office, idempotently,
 * and records when. Locks of other cases stay where they are.
 */
@Component
@ExternalCall
public class LiftWithdrawalLockDelegate implements JavaDelegate {

  private final AccountSecurityAdministration security;
  private final Clock clock;

  LiftWithdrawalLockDelegate(AccountSecurityAdministration security, Clock clock) {
    this.security = security;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant lifted = security.liftWithdrawalLock((String) execution.getVariable(CaseVariables.CUSTOMER_UID), execution.getProcessBusinessKey())
        .map(WithdrawalLock::liftedAt)
        .orElse(clock.instant());
    execution.setVariable(TwoFactorVariables.WITHDRAWALS_UNLOCKED_AT, lifted.toString());
  }
}
