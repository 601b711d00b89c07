package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.WithdrawalWhitelist;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remove from whitelist": takes the confirmed address off the account's whitelist at once. */
@Component
@ExternalCall
public class RemoveFromWhitelistDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final WithdrawalWhitelist whitelist;

  RemoveFromWhitelistDelegate(JsonVariables json, WithdrawalWhitelist whitelist) {
    this.json = json;
    this.whitelist = whitelist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WhitelistChangeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WhitelistChangeDetails.class);
    Optional<WithdrawalWhitelist.Entry> removed = whitelist.remove(new WithdrawalWhitelist.Removal(
        (String) execution.getVariable(CaseVariables.CUSTOMER_UID), details.chain().name(), details.address(), details.memo(),
        execution.getProcessBusinessKey()));
    execution.setVariable(WhitelistVariables.ADDRESS_REMOVED, removed.isPresent());
    removed.ifPresent(entry -> execution.setVariable(WhitelistVariables.WHITELIST_ENTRY, json.toValue(entry)));
  }
}
