package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.AccountSecurityAdministration;
import io.casedesk.ledger.AccountSecurityAdministration.WithdrawalLock;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.TaskInputs;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lock withdrawals": locks the account's withdrawals for the task's input {@code lockFor} (an ISO-8601
 * duration, e.g. {@code ${twoFactorPolicy.withdrawalLock}}) on behalf of the case, and records the lock
 * on the case. Input {@code lockReason}: SUSPECTED_TAKEOVER or TWO_FACTOR_RESET. The case holds one lock:
 * locking again (a retry, a second pass, the reset after a takeover lock) moves its end.
 */
@Component
@ExternalCall
public class LockWithdrawalsDelegate implements JavaDelegate {

  private final AccountSecurityAdministration security;
  private final CaseTexts texts;
  private final Clock clock;

  LockWithdrawalsDelegate(AccountSecurityAdministration security, CaseTexts texts, Clock clock) {
    this.security = security;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Duration lockFor = Duration.parse(TaskInputs.required(execution, "lockFor"));
    String reason = TaskInputs.required(execution, "lockReason");
    WithdrawalLock lock = security.lockWithdrawals(
        (String) execution.getVariable(CaseVariables.CUSTOMER_UID), execution.getProcessBusinessKey(), clock.instant().plus(lockFor));
    record(execution, lock, reason, texts);
  }

  /** The case's lock as the case records it: that it holds, its end, and the form's note. */
  static void record(DelegateExecution execution, WithdrawalLock lock, String reason, CaseTexts texts) {
    execution.setVariable(WITHDRAWALS_LOCKED, true);
    execution.setVariable(WITHDRAWAL_LOCK_END, lock.lockedUntil().toString());
    execution.setVariable(WITHDRAWALS_LOCKED_UNTIL, CaseTexts.time(lock.lockedUntil()));
    execution.setVariable(WITHDRAWAL_LOCK_NOTE, texts.text(CaseTexts.language(execution), "note.lock." + reason,
        Map.of("until", CaseTexts.time(lock.lockedUntil()), "at", CaseTexts.time(lock.lockedAt()))));
  }
}
