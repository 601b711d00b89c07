package io.casedesk.whitelist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whitelist changes as the exchange's back end sends them: request builders, the customer's
 * confirmation and cancellation, and the demo accounts 10000041-10000045 put back as the demo has them.
 */
class WhitelistApi {

  /** A clean account: no security change, nothing whitelisted. */
  static final String CLEAN = "10000041";
  /** Its password was changed (the demo's change; tests add their own, relative to the engine clock). */
  static final String PASSWORD_CHANGED = "10000042";
  static final String CONTRACT_SENDER = "10000043";
  /** Has 0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb (ETHEREUM) and an XRP address with tag 90210 whitelisted. */
  static final String WHITELISTED = "10000044";
  static final String DENY_LISTED_SENDER = "10000045";

  /** Hardhat's and anvil's dev account 2: a valid, checksummed, ordinary address. */
  static final String OWN_WALLET = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
  static final String TORNADO_ROUTER = "0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b";
  /** Tether's token contract on Ethereum, which the demo chain knows as a contract. */
  static final String USDT_CONTRACT = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
  static final String WHITELISTED_ETH = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";

  private final CaseApi api;
  private final TestRestTemplate http;
  private final JdbcClient jdbc;

  WhitelistApi(CaseApi api, TestRestTemplate http, JdbcClient jdbc) {
    this.api = api;
    this.http = http.withBasicAuth(CaseApi.INTAKE_USER, CaseApi.DEMO_PASSWORD);
    this.jdbc = jdbc;
  }

  ObjectNode add(String uid, String chain, String asset, String address) {
    return change("ADD", uid, chain, asset, address);
  }

  ObjectNode remove(String uid, String chain, String asset, String address) {
    return change("REMOVE", uid, chain, asset, address);
  }

  private ObjectNode change(String action, String uid, String chain, String asset, String address) {
    ObjectNode request = api.json().createObjectNode();
    request.put("type", "WHITELIST_CHANGE");
    request.put("customerUid", uid);
    request.put("channel", "WEB_FORM");
    request.put("tier", "STANDARD");
    request.put("locale", "en");
    request.put("subject", action.equals("ADD") ? "New withdrawal address" : "Remove a withdrawal address");
    ObjectNode details = request.putObject("details");
    details.put("action", action);
    details.put("chain", chain);
    details.put("asset", asset);
    details.put("address", address);
    if (action.equals("ADD")) {
      details.put("label", "My wallet");
    }
    return request;
  }

  ResponseEntity<JsonNode> confirm(String caseNumber) {
    return post(caseNumber, "confirmation", "{\"ipAddress\":\"203.0.113.41\",\"device\":\"Safari 18 on macOS 15\"}");
  }

  ResponseEntity<JsonNode> post(String caseNumber, String what, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return http.exchange("/api/cases/" + caseNumber + "/" + what, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> cancel(String caseNumber) {
    return post(caseNumber, "cancellation", null);
  }

  /** What cases and tests changed on the demo accounts 10000041-10000045 is gone; the demo's own rows stay. */
  void restoreDemoAccounts() {
    jdbc.sql("delete from ledger_whitelisted_address where customer_uid between '10000041' and '10000045' and (case_number is not null or label = 'test')")
        .update();
    jdbc.sql("delete from ledger_whitelist_operation where customer_uid between '10000041' and '10000045'").update();
    jdbc.sql("delete from ledger_security_change where customer_uid between '10000041' and '10000045' and (case_number is not null or detail like 'test:%')")
        .update();
  }
}
