package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.WithdrawalWhitelist;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Add to whitelist (usable after the cooling-off)": the one step that writes an address to the
 * account's whitelist. It is the last line of defence, whatever path led here (a model changed by
 * hand, a token moved in Cockpit): it adds nothing the customer has not confirmed, and it screens
 * the address against the deny list again, so a listed address never reaches the ledger.
 */
@Component
@ExternalCall
public class AddToWhitelistDelegate implements JavaDelegate {

  /** BPMN error: the address is on the deny list. */
  public static final String DENY_LISTED = "AddressDenyListed";
  /** BPMN error: the whitelist holds the address already. */
  public static final String ALREADY_WHITELISTED = "AlreadyWhitelisted";

  private final JsonVariables json;
  private final AddressDenyList denyList;
  private final WithdrawalWhitelist whitelist;
  private final WhitelistPolicy policy;
  private final Clock clock;

  AddToWhitelistDelegate(JsonVariables json, AddressDenyList denyList, WithdrawalWhitelist whitelist, WhitelistPolicy policy, Clock clock) {
    this.json = json;
    this.denyList = denyList;
    this.whitelist = whitelist;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WhitelistChangeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WhitelistChangeDetails.class);
    if (details.action() != WhitelistChangeDetails.Action.ADD || !Boolean.TRUE.equals(execution.getVariable(WhitelistVariables.CUSTOMER_CONFIRMED))) {
      throw new IllegalStateException("Case " + execution.getProcessBusinessKey()
          + " is no addition the customer confirmed; nothing is added to the whitelist");
    }
    Optional<AddressDenyList.Entry> hit = denyList.screen(details.chain(), details.address());
    if (hit.isPresent()) {
      execution.setVariable(WhitelistVariables.DENY_LIST_HIT, true);
      execution.setVariable(WhitelistVariables.DENY_LIST_NOTE, denyList.note(hit));
      throw new BpmnError(DENY_LISTED, "The address is on the deny list: " + hit.get().describe());
    }
    WithdrawalWhitelist.Entry entry;
    try {
      entry = whitelist.add(new WithdrawalWhitelist.Addition(
          (String) execution.getVariable(CaseVariables.CUSTOMER_UID), details.chain().name(), details.asset(), details.address(),
          details.memo(), details.label(), clock.instant().plus(policy.coolingOff()), execution.getProcessBusinessKey()));
    } catch (WithdrawalWhitelist.AlreadyWhitelistedException e) {
      execution.setVariable(WhitelistVariables.ALREADY_WHITELISTED, true);
      throw new BpmnError(ALREADY_WHITELISTED, e.getMessage());
    }
    execution.setVariable(WhitelistVariables.WHITELIST_ENTRY, json.toValue(entry));
    execution.setVariable(WhitelistVariables.USABLE_FROM, WhitelistTimes.forPeople(entry.usableFrom()));
  }
}
