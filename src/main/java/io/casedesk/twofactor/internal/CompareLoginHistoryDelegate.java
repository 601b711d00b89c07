package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountProfile.Login;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.twofactor.TwoFactorResetDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Compare request with login history": is the IP address the request comes from one the account
 * logged in from, is the device one of its devices, and how many of the addresses the customer lists
 * the account knows. A request from an address the account never used raises the risk.
 */
@Component
@ExternalCall
public class CompareLoginHistoryDelegate implements JavaDelegate {

  private final LedgerPort ledger;
  private final JsonVariables json;
  private final CaseTexts texts;

  CompareLoginHistoryDelegate(LedgerPort ledger, JsonVariables json, CaseTexts texts) {
    this.ledger = ledger;
    this.json = json;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TwoFactorResetDetails details = json.read(execution, CaseVariables.CASE_DETAILS, TwoFactorResetDetails.class);
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    AccountProfile profile = ledger.profile(uid).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    List<Login> logins = profile.recentLogins();
    SupportedLanguage language = CaseTexts.language(execution);

    Optional<Login> fromIp = logins.stream().filter(l -> sameIp(l.ipAddress(), details.requestIp())).findFirst();
    String device = details.requestDevice().toLowerCase(Locale.ROOT);
    Optional<Login> fromDevice = logins.stream()
        .filter(l -> device.equals(l.deviceId().toLowerCase(Locale.ROOT)) || device.equals(l.deviceName().toLowerCase(Locale.ROOT)))
        .findFirst();
    long knownRecentIps = details.recentIpsOrEmpty().stream().filter(ip -> logins.stream().anyMatch(l -> sameIp(l.ipAddress(), ip))).count();
    execution.setVariable(REQUEST_IP_KNOWN, fromIp.isPresent());
    execution.setVariable(REQUEST_DEVICE_KNOWN, fromDevice.isPresent());

    List<String> lines = new ArrayList<>();
    lines.add(fromIp
        .map(l -> texts.text(language, "note.login.ipKnown", Map.of("ip", details.requestIp(), "at", CaseTexts.time(l.at()),
            "country", l.country() == null ? "?" : l.country())))
        .orElse(texts.text(language, "note.login.ipUnknown", Map.of("ip", details.requestIp(), "logins", logins.size()))));
    lines.add(fromDevice
        .map(l -> texts.text(language, "note.login.deviceKnown", Map.of("device", details.requestDevice(), "at", CaseTexts.time(l.at()))))
        .orElse(texts.text(language, "note.login.deviceUnknown", Map.of("device", details.requestDevice(), "logins", logins.size()))));
    lines.add(details.recentIpsOrEmpty().isEmpty()
        ? texts.text(language, "note.login.noRecentIps")
        : texts.text(language, "note.login.recentIps", Map.of("known", knownRecentIps, "listed", details.recentIpsOrEmpty().size())));
    execution.setVariable(LOGIN_CHECK_NOTE, CaseTexts.lines(lines));
  }

  private static boolean sameIp(String logged, String requested) {
    return IpAddresses.normalize(logged).map(ip -> ip.equals(requested)).orElse(false);
  }
}
