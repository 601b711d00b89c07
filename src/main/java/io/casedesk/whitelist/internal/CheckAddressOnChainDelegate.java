package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check address on chain": whether the address holds a contract (coins sent to a token contract
 * are lost; a smart-contract wallet needs a person to look) and how used it is.
 */
@Component
@ExternalCall
public class CheckAddressOnChainDelegate implements JavaDelegate {

  private final JsonVariables json;
  private final BlockchainPort chains;

  CheckAddressOnChainDelegate(JsonVariables json, BlockchainPort chains) {
    this.json = json;
    this.chains = chains;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WhitelistChangeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WhitelistChangeDetails.class);
    AddressFacts facts = chains.address(details.chain(), details.address());
    execution.setVariable(WhitelistVariables.CONTRACT_ADDRESS, facts.contract());
    execution.setVariable(WhitelistVariables.CHAIN_NOTE, note(details, facts));
  }

  static String note(WhitelistChangeDetails details, AddressFacts facts) {
    String kind = facts.contract()
        ? "CONTRACT: the address holds contract code on " + details.chain() + " (a token contract loses coins sent to it; a smart-contract wallet is fine if the customer controls it)"
        : "an ordinary address on " + details.chain() + ", no contract code";
    String use = facts.transactions() == 0 ? "never used on chain"
        : facts.transactions() == 1 ? "1 transaction" : facts.transactions() + " transactions";
    return kind + "; " + use + (facts.firstSeen() == null ? "" : ", first seen " + WhitelistTimes.forPeople(facts.firstSeen()));
  }
}
