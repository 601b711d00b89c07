package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.AccountSecurityAdministration;
import io.casedesk.ledger.AccountSecurityAdministration.TwoFactorReset;
import io.casedesk.platform.ExternalCall;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Reset 2FA": turns the account's second factor off through the back office (once per case, however
 * often the step is retried) and records when. The model locks withdrawals first, so a reset never
 * stands without a lock; if the reset came later than the lock (its step had to wait), the lock is moved
 * to a full lock period after the reset.
 */
@Component
@ExternalCall
public class ResetTwoFactorDelegate implements JavaDelegate {

  static final String LOCK_REASON = "TWO_FACTOR_RESET";

  private final AccountSecurityAdministration security;
  private final TwoFactorPolicy policy;
  private final CaseTexts texts;

  ResetTwoFactorDelegate(AccountSecurityAdministration security, TwoFactorPolicy policy, CaseTexts texts) {
    this.security = security;
    this.policy = policy;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    String caseNumber = execution.getProcessBusinessKey();
    TwoFactorReset reset = security.resetTwoFactor(uid, caseNumber);
    execution.setVariable(TWO_FACTOR_RESET_AT, reset.resetAt().toString());
    Instant lockedUntil = Instant.parse((String) execution.getVariable(WITHDRAWAL_LOCK_END));
    Instant needed = reset.resetAt().plus(policy.withdrawalLockDuration());
    if (needed.isAfter(lockedUntil)) {
      LockWithdrawalsDelegate.record(execution, security.lockWithdrawals(uid, caseNumber, needed), LOCK_REASON, texts);
    }
  }
}
