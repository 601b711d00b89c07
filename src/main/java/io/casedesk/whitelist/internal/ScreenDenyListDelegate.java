package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Screen address against the deny list": a hit sends the request to the security team at once, with
 * no confirmation asked; nothing on the list is ever added.
 */
@Component
public class ScreenDenyListDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final AddressDenyList denyList;

  ScreenDenyListDelegate(JsonVariables json, AddressDenyList denyList) {
    this.json = json;
    this.denyList = denyList;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WhitelistChangeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WhitelistChangeDetails.class);
    Optional<AddressDenyList.Entry> hit = denyList.screen(details.chain(), details.address());
    execution.setVariable(WhitelistVariables.DENY_LIST_HIT, hit.isPresent());
    execution.setVariable(WhitelistVariables.DENY_LIST_NOTE, denyList.note(hit));
    if (hit.isPresent()) {
      String skipped = "not checked: the address is on the deny list, so the request came to security at once";
      execution.setVariable(WhitelistVariables.CONFIRMATION_NOTE, "not asked: the address is on the deny list");
      execution.setVariable(WhitelistVariables.CHAIN_NOTE, skipped);
      execution.setVariable(WhitelistVariables.SECURITY_CHANGE_NOTE, skipped);
    }
  }
}
