package io.casedesk.twofactor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 2FA reset requests for the demo accounts of db/demo/V10_1, as the exchange's back end sends them,
 * and the account state those tests change, put back as the demo has it.
 */
final class TwoFactorRequests {

  /** Clean, low risk: old account, small balance, the request IP is in its login history. */
  static final String CLEAN = "10000037";
  /** Withdrew to a new address the day after the loss: a suspected takeover. */
  static final String WITHDREW_AFTER_LOSS = "10000038";
  /** Changed the password 20 days before the request: high risk. */
  static final String RECENT_PASSWORD_CHANGE = "10000039";
  /** Clean, low risk, for the Chinese desk. */
  static final String CLEAN_ZH = "10000040";
  /** Institutional, large balance: high risk. */
  static final String INSTITUTIONAL = "20000003";
  static final List<String> ACCOUNTS = List.of(CLEAN, WITHDREW_AFTER_LOSS, RECENT_PASSWORD_CHANGE, CLEAN_ZH, INSTITUTIONAL);

  static final String LOST_ON = "2026-11-27";

  /** Where each account's request comes from: its usual IP address and device. */
  private static final Map<String, String[]> ORIGIN = Map.of(
      CLEAN, new String[] {"203.0.113.24", "Safari 18 on macOS 15", "198.51.100.77"},
      WITHDREW_AFTER_LOSS, new String[] {"203.0.113.88", "Chrome 131 on Windows 11", "203.0.113.88"},
      RECENT_PASSWORD_CHANGE, new String[] {"198.51.100.140", "Edge 131 on Windows 11", "198.51.100.140"},
      CLEAN_ZH, new String[] {"203.0.113.160", "Chrome 131 on macOS 15", "203.0.113.160"},
      INSTITUTIONAL, new String[] {"192.0.2.45", "Chrome 131 on Windows 11", "192.0.2.45"});

  private TwoFactorRequests() {}

  /** A complete request: passport, its photo page and a selfie, the recent IP addresses, from the account's usual place. */
  static ObjectNode reset(CaseApi api, String uid, String locale) {
    String[] origin = ORIGIN.get(uid);
    ObjectNode request = api.json().createObjectNode();
    request.put("type", "TWO_FACTOR_RESET");
    request.put("customerUid", uid);
    request.put("channel", "WEB_FORM");
    request.put("tier", uid.startsWith("2") ? "INSTITUTIONAL" : "STANDARD");
    request.put("locale", locale);
    request.put("subject", "I lost my authenticator");
    request.put("description", "My phone was stolen on Friday and my authenticator app was on it.");
    ObjectNode details = request.putObject("details");
    details.put("lostFactor", "AUTHENTICATOR_APP");
    details.put("lostOn", LOST_ON);
    ObjectNode document = details.putObject("identityDocument");
    document.put("type", "PASSPORT");
    document.put("number", "P" + uid);
    document.put("issuingCountry", "ES");
    document.put("expiresOn", "2031-06-30");
    details.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    details.putArray("recentIps").add(origin[0]).add(origin[2]);
    details.put("requestIp", origin[0]);
    details.put("requestDevice", origin[1]);
    return request;
  }

  static ObjectNode details(ObjectNode request) {
    return (ObjectNode) request.get("details");
  }

  /** The request without the given documents and without recent IP addresses, so the session log is missing too. */
  static ObjectNode withoutSelfieAndSessions(CaseApi api, String uid, String locale) {
    ObjectNode request = reset(api, uid, locale);
    ArrayNode documents = details(request).putArray("documents");
    documents.add(api.document("PASSPORT", null));
    details(request).remove("recentIps");
    return request;
  }

  /** Puts the accounts back as the demo has them: 2FA on, no locks, no resets or changes recorded by cases. */
  static void restoreDemoAccounts(JdbcClient jdbc) {
    jdbc.sql("delete from ledger_withdrawal_lock where customer_uid in (:uids)").param("uids", ACCOUNTS).update();
    jdbc.sql("delete from ledger_two_factor_reset where customer_uid in (:uids)").param("uids", ACCOUNTS).update();
    jdbc.sql("delete from ledger_security_change where customer_uid in (:uids) and case_number is not null").param("uids", ACCOUNTS).update();
    jdbc.sql("update ledger_account set two_factor_enabled = true, withdrawals_locked_until = null where uid in (:uids)")
        .param("uids", ACCOUNTS).update();
  }
}
