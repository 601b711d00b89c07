package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountProfile.Withdrawal;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.twofactor.TwoFactorResetDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "List withdrawals and security changes since the loss": what happened on the account from the day
 * the factor was lost. A withdrawal to an address the account had neither whitelisted nor used before
 * that day, or any security change since, is a suspected takeover: the case goes to security at a
 * raised priority, and the model locks withdrawals before anyone acts.
 */
@Component
@ExternalCall
public class ListActivitySinceLossDelegate implements JavaDelegate {

  /** The priority of a suspected takeover, just below an SLA breach (100). */
  static final int TAKEOVER_PRIORITY = 95;
  /** How far back the last security change counts for the risk decision. */
  static final Duration SECURITY_HISTORY = Duration.ofDays(365);

  private final LedgerPort ledger;
  private final JsonVariables json;
  private final CaseTexts texts;
  private final CaseRegistry registry;
  private final Clock clock;

  ListActivitySinceLossDelegate(LedgerPort ledger, JsonVariables json, CaseTexts texts, CaseRegistry registry, Clock clock) {
    this.ledger = ledger;
    this.json = json;
    this.texts = texts;
    this.registry = registry;
    this.clock = clock;
  }

  /** A withdrawal since the loss, as the on-chain check and the form need it. */
  record Listed(String id, String chain, String asset, String address, String amount, String txId, String status, Instant requestedAt,
      boolean newAddress) {}

  @Override
  public void execute(DelegateExecution execution) {
    TwoFactorResetDetails details = json.read(execution, CaseVariables.CASE_DETAILS, TwoFactorResetDetails.class);
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    SupportedLanguage language = CaseTexts.language(execution);
    Instant now = clock.instant();
    Instant lost = details.lostOn().atStartOfDay(ZoneOffset.UTC).toInstant();

    AccountProfile profile = ledger.profile(uid).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    List<Withdrawal> withdrawals = ledger.withdrawals(uid);
    Set<String> knownAddresses = new HashSet<>();
    profile.whitelist().stream().filter(w -> w.addedAt().isBefore(lost)).forEach(w -> knownAddresses.add(address(w.chain(), w.address())));
    withdrawals.stream().filter(w -> w.requestedAt().isBefore(lost)).forEach(w -> knownAddresses.add(address(w.chain(), w.address())));
    List<Listed> sinceLoss = withdrawals.stream()
        .filter(w -> !w.requestedAt().isBefore(lost))
        .map(w -> new Listed(w.id(), w.chain(), w.asset(), w.address(), w.amount().toPlainString(), w.txId(), w.status(), w.requestedAt(),
            !knownAddresses.contains(address(w.chain(), w.address()))))
        .toList();
    Instant since = lost.isBefore(now.minus(SECURITY_HISTORY)) ? lost : now.minus(SECURITY_HISTORY);
    List<SecurityChange> changes = ledger.securityChanges(uid, since);
    List<SecurityChange> changesSinceLoss = changes.stream().filter(c -> !c.at().isBefore(lost)).toList();
    long newAddresses = sinceLoss.stream().filter(Listed::newAddress).count();
    boolean suspected = newAddresses > 0 || !changesSinceLoss.isEmpty();

    execution.setVariable(WITHDRAWALS_SINCE_LOSS, json.toValue(sinceLoss));
    execution.setVariable(NEW_ADDRESS_WITHDRAWALS, (int) newAddresses);
    execution.setVariable(SECURITY_CHANGES_SINCE_LOSS, changesSinceLoss.size());
    execution.setVariable(DAYS_SINCE_SECURITY_CHANGE, changes.stream()
        .filter(c -> !c.at().isBefore(now.minus(SECURITY_HISTORY)))
        .map(c -> (int) Duration.between(c.at(), now).toDays()).min(Integer::compare).orElse(null));
    execution.setVariable(SUSPECTED_TAKEOVER, suspected);
    execution.setVariable(ACTIVITY_NOTE, activity(language, details, sinceLoss, changesSinceLoss));
    execution.setVariable(TAKEOVER_NOTE, suspected
        ? texts.text(language, "note.takeover.suspected", Map.of("newAddresses", newAddresses, "changes", changesSinceLoss.size(), "lostOn", details.lostOn()))
        : texts.text(language, "note.takeover.none", Map.of("lostOn", details.lostOn())));
    if (!Boolean.TRUE.equals(execution.getVariable(WITHDRAWALS_LOCKED))) {
      execution.setVariable(WITHDRAWAL_LOCK_NOTE, texts.text(language, "note.lock.none"));
    }
    if (suspected) {
      raisePriority(execution);
    }
  }

  /** A suspected takeover goes to the top of the security queue, and the case shows it. */
  private void raisePriority(DelegateExecution execution) {
    Object current = execution.getVariable(CaseVariables.PRIORITY);
    int priority = Math.max(current instanceof Number n ? n.intValue() : 0, TAKEOVER_PRIORITY);
    execution.setVariable(CaseVariables.PRIORITY, priority);
    registry.updatePriority(execution.getProcessBusinessKey(), priority);
  }

  private String activity(SupportedLanguage language, TwoFactorResetDetails details, List<Listed> withdrawals, List<SecurityChange> changes) {
    List<String> lines = new ArrayList<>();
    lines.add(texts.text(language, "note.activity.withdrawals", Map.of("count", withdrawals.size(), "lostOn", details.lostOn())));
    for (Listed w : withdrawals) {
      lines.add(texts.text(language, w.newAddress() ? "note.activity.withdrawalNewAddress" : "note.activity.withdrawal", Map.of(
          "at", CaseTexts.time(w.requestedAt()), "amount", w.amount(), "asset", w.asset(), "chain", w.chain(), "address", w.address(),
          "status", w.status(), "id", w.id())));
    }
    lines.add(texts.text(language, "note.activity.changes", Map.of("count", changes.size(), "lostOn", details.lostOn())));
    for (SecurityChange c : changes) {
      lines.add(texts.text(language, "note.activity.change", Map.of(
          "at", CaseTexts.time(c.at()), "kind", texts.name(language, "securityChange", c.kind().name()), "detail", c.detail() == null ? "" : c.detail())));
    }
    return CaseTexts.lines(lines);
  }

  /** EVM addresses differ only in the capitals of their checksum; other chains' addresses are case-sensitive. */
  private static String address(String chain, String address) {
    return chain + ":" + (address.startsWith("0x") ? address.toLowerCase(Locale.ROOT) : address);
  }
}
