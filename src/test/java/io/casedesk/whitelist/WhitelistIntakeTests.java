package io.casedesk.whitelist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The address rules at intake: each kind of malformed address, and a missing memo or tag, is refused
 * with 400 and a message the customer can act on, and nothing is stored.
 */
@CaseDeskTest
@TestClock("2026-12-03T09:00:00Z")
class WhitelistIntakeTests {

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;

  WhitelistApi whitelist;

  @BeforeEach
  void api() {
    whitelist = new WhitelistApi(api, rest, jdbc);
  }

  @ParameterizedTest(name = "{0} {1}: {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // malformed
    "ETHEREUM | 0x12                                        | -      | details.address | 0x followed by 40 hexadecimal characters",
    "TRON     | TTbyaTJsY95eFpJnRPd3Z4Pu3Y                  | -      | details.address | starts with T and has 34 characters",
    "STELLAR  | SAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7 | 883451 | details.address | starts with G",
    // wrong network
    "TRON     | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed  | -      | details.address | belongs to the ETHEREUM or POLYGON network, not to TRON",
    "ETHEREUM | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq  | -      | details.address | belongs to the BITCOIN network, not to ETHEREUM",
    "BITCOIN  | tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx  | -      | details.address | another Bitcoin network",
    "XRP      | TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz          | 104729 | details.address | belongs to the TRON network, not to XRP",
    // broken checksums
    "ETHEREUM | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD  | -      | details.address | wrong checksum (EIP-55)",
    "POLYGON  | 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d358  | -      | details.address | wrong checksum (EIP-55)",
    "BITCOIN  | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx  | -      | details.address | wrong checksum",
    "TRON     | TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yy          | -      | details.address | wrong checksum",
    // missing or wrong memo and tag
    "XRP      | rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh          | -      | details.memo    | need the destination tag the receiving wallet or exchange gave you",
    "STELLAR  | GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7 | -      | details.memo    | need the memo",
    "XRP      | rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh          | abc    | details.memo    | whole number from 0 to 4294967295",
    "STELLAR  | GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7 | a memo far longer than Stellar takes | details.memo | at most 28 bytes",
    "ETHEREUM | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed  | 12345  | details.memo    | take no memo",
  })
  void anAddressTheChainRefusesIsRefusedAtIntakeAndNothingIsStored(String chain, String address, String memo, String field, String rule) {
    long cases = cases();
    ObjectNode request = whitelist.add(WhitelistApi.CLEAN, chain, "USDT", address);
    if (memo != null) {
      CaseApi.details(request).put("memo", memo);
    }
    ResponseEntity<JsonNode> response = api.open(request);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(errors(response)).anySatisfy(e -> {
      assertThat(e.get("field").asText()).isEqualTo(field);
      assertThat(e.get("rule").asText()).contains(rule);
    });
    assertThat(cases()).as("nothing stored").isEqualTo(cases);
  }

  @Test
  void aRemovalFollowsTheSameRules() {
    ResponseEntity<JsonNode> response = api.open(whitelist.remove(WhitelistApi.WHITELISTED, "XRP", "XRP", "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe"));
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errors(response)).extracting(e -> e.get("field").asText()).containsExactly("details.memo");
  }

  @Test
  void missingOrUnknownFieldsAreRefused() {
    ObjectNode request = whitelist.add(WhitelistApi.CLEAN, "ETHEREUM", "ETH", WhitelistApi.OWN_WALLET);
    CaseApi.details(request).put("action", "REPLACE");
    assertThat(api.open(request).getStatusCode().value()).isEqualTo(400);

    ObjectNode noAsset = whitelist.add(WhitelistApi.CLEAN, "ETHEREUM", "eth", WhitelistApi.OWN_WALLET);
    ResponseEntity<JsonNode> response = api.open(noAsset);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(errors(response)).extracting(e -> e.get("field").asText()).containsExactly("details.asset");
  }

  @Test
  void addressesAreKeptInOneSpelling() {
    ObjectNode request = whitelist.add(WhitelistApi.CLEAN, "BITCOIN", "BTC", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ");
    CaseApi.details(request).put("label", "  Cold storage  ");
    ResponseEntity<JsonNode> opened = api.open(request);
    assertThat(opened.getStatusCode().value()).isEqualTo(201);
    String caseNumber = opened.getBody().get("caseNumber").asText();
    String change = engine.process(caseNumber, "whitelist-change").getId();
    assertThat(runtimeService.getVariable(change, WhitelistVariables.ADDRESS)).isEqualTo("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
    assertThat(runtimeService.getVariable(change, WhitelistVariables.LABEL)).isEqualTo("Cold storage");
    assertThat(runtimeService.getVariable(change, WhitelistVariables.MEMO)).isEqualTo("");
  }

  private long cases() {
    return jdbc.sql("select count(*) from cd_case").query(Long.class).single();
  }

  private static List<JsonNode> errors(ResponseEntity<JsonNode> response) {
    List<JsonNode> errors = new ArrayList<>();
    response.getBody().path("errors").forEach(errors::add);
    return errors;
  }
}
