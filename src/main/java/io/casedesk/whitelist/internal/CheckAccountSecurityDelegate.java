package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.chain.AddressRules;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistChangeDetails;
import io.casedesk.whitelist.WhitelistVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check account security": a change of how the account is accessed shortly before a new withdrawal
 * address is the classic sign of a taken-over account, so such a change within the window (48 h)
 * sends the request to the security team. Also tells whether the whitelist holds the address already.
 */
@Component
@ExternalCall
public class CheckAccountSecurityDelegate implements JavaDelegate {

  /** Changes that hand over access to the account; whitelist changes themselves are what is reviewed. */
  static final Set<SecurityChange.Kind> ACCESS_CHANGES = EnumSet.of(
      SecurityChange.Kind.PASSWORD_CHANGE, SecurityChange.Kind.EMAIL_CHANGE, SecurityChange.Kind.PHONE_CHANGE,
      SecurityChange.Kind.TWO_FACTOR_RESET, SecurityChange.Kind.TWO_FACTOR_ENABLED, SecurityChange.Kind.API_KEY_CREATED);

  private final JsonVariables json;
  private final LedgerPort ledger;
  private final WhitelistPolicy policy;
  private final AddressRules addresses;
  private final Clock clock;

  CheckAccountSecurityDelegate(JsonVariables json, LedgerPort ledger, WhitelistPolicy policy, AddressRules addresses, Clock clock) {
    this.json = json;
    this.ledger = ledger;
    this.policy = policy;
    this.addresses = addresses;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WhitelistChangeDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WhitelistChangeDetails.class);
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    Instant since = clock.instant().minus(policy.securityChangeWindow());
    List<SecurityChange> changes = ledger.securityChanges(uid, since).stream().filter(c -> ACCESS_CHANGES.contains(c.kind())).toList();
    execution.setVariable(WhitelistVariables.RECENT_SECURITY_CHANGE, !changes.isEmpty());
    execution.setVariable(WhitelistVariables.SECURITY_CHANGE_NOTE, note(changes));
    List<AccountProfile.WhitelistedAddress> whitelist = ledger.profile(uid).map(AccountProfile::whitelist).orElse(List.of());
    execution.setVariable(WhitelistVariables.ALREADY_WHITELISTED, whitelist.stream().anyMatch(entry -> holds(entry, details)));
  }

  private String note(List<SecurityChange> changes) {
    String window = policy.securityChangeWindow().toHours() + " h";
    if (changes.isEmpty()) {
      return "none in the last " + window;
    }
    return "CHANGED in the last " + window + ": " + changes.stream()
        .map(c -> c.kind() + " " + WhitelistTimes.forPeople(c.at()) + (c.detail() == null ? "" : " (" + c.detail() + ")"))
        .collect(Collectors.joining("; "));
  }

  /** The same address in any spelling (the details hold the canonical one), with the same memo. */
  private boolean holds(AccountProfile.WhitelistedAddress entry, WhitelistChangeDetails details) {
    return entry.chain().equals(details.chain().name())
        && addresses.problem(details.chain(), entry.address()).isEmpty()
        && addresses.canonical(details.chain(), entry.address()).equals(details.address())
        && Objects.equals(blankToNull(entry.memo()), details.memo());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
