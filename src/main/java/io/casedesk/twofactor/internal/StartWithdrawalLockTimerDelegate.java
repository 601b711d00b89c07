package io.casedesk.twofactor.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.platform.AsDesk;
import io.casedesk.twofactor.TwoFactorVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start the lock's timer": starts {@code processes/withdrawal-lock.bpmn} for the case (business key:
 * the case number), which lifts the lock when its time is up and tells the customer. A process of its
 * own, not a call activity, so the case can end now: the customer has the answer and the resolution
 * clock stops, while the lock runs on. A case starts at most one.
 */
@Component
public class StartWithdrawalLockTimerDelegate implements JavaDelegate {

  static final String WITHDRAWAL_LOCK_PROCESS = "withdrawal-lock";
  /** What the lock's process needs to lift the lock and tell the customer in their language. */
  static final List<String> HANDED_OVER = List.of(
      CaseVariables.CASE_NUMBER, CaseVariables.CASE_TYPE, CaseVariables.CUSTOMER_UID, CaseVariables.LOCALE, CaseVariables.SUBJECT,
      TwoFactorVariables.WITHDRAWAL_LOCK_END, TwoFactorVariables.WITHDRAWALS_LOCKED_UNTIL, TwoFactorVariables.TWO_FACTOR_RESET_AT);

  private final RuntimeService runtimeService;

  StartWithdrawalLockTimerDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Map<String, Object> variables = new HashMap<>();
    HANDED_OVER.forEach(name -> variables.put(name, execution.getVariable(name)));
    AsDesk.run(() -> {
      boolean running = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(WITHDRAWAL_LOCK_PROCESS).processInstanceBusinessKey(caseNumber).count() > 0;
      if (!running) {
        runtimeService.startProcessInstanceByKey(WITHDRAWAL_LOCK_PROCESS, caseNumber, variables);
      }
    });
  }
}
