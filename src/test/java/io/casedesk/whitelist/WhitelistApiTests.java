package io.casedesk.whitelist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two endpoints of whitelist changes: only the exchange's back end (intake) may report a
 * confirmation or a cancellation, and the API document describes them with their problems.
 */
@CaseDeskTest
@TestClock("2026-12-03T09:00:00Z")
class WhitelistApiTests {

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  String caseNumber;

  @BeforeEach
  void aChangeWaitingForItsConfirmation() {
    caseNumber = api.openCase(new WhitelistApi(api, rest, jdbc).add(WhitelistApi.CLEAN, "ETHEREUM", "ETH", WhitelistApi.OWN_WALLET));
  }

  @ParameterizedTest(name = "{1} as {0}: {2}")
  @CsvSource({"-, confirmation, 401", "agentTr:wrong, confirmation, 401", "agentEn, confirmation, 403", "security1, confirmation, 403",
      "supervisor1, confirmation, 403", "admin, confirmation, 403", "intake, confirmation, 200",
      "-, cancellation, 401", "security1, cancellation, 403", "admin, cancellation, 403", "intake, cancellation, 409"})
  void onlyTheExchangesBackEndReportsConfirmationsAndCancellations(String role, String what, int status) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = role.equals("-") ? rest
        : role.contains(":") ? rest.withBasicAuth(role.split(":")[0], role.split(":")[1]) : rest.withBasicAuth(role, CaseApi.DEMO_PASSWORD);
    var response = client.exchange("/api/cases/" + caseNumber + "/" + what, HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
  }

  @Test
  void theApiDocumentDescribesBothEndpointsWithTheirProblems() {
    JsonNode openApi = api.getJson("/api/openapi");
    for (String path : new String[] {"/api/cases/{caseNumber}/confirmation", "/api/cases/{caseNumber}/cancellation"}) {
      JsonNode post = openApi.at("/paths").get(path).get("post");
      assertThat(post.at("/responses").has("200")).as(path).isTrue();
      assertThat(post.at("/responses/404/content").has("application/problem+json")).as(path).isTrue();
      assertThat(post.at("/responses/409/description").asText()).as(path).contains("nothing is stored");
    }
    JsonNode confirmation = openApi.at("/paths").get("/api/cases/{caseNumber}/confirmation").get("post");
    assertThat(confirmation.has("requestBody")).isTrue();
    assertThat(confirmation.at("/requestBody/required").asBoolean(false)).as("the body is optional").isFalse();
    assertThat(openApi.at("/components/schemas/WhitelistConfirmation/properties").has("ipAddress")).isTrue();
    assertThat(openApi.at("/components/schemas/WhitelistChangeDetails/properties/action/enum").toString()).contains("ADD", "REMOVE");
    assertThat(openApi.at("/components/schemas/OpenCaseRequest/properties/type/enum").toString()).contains("WHITELIST_CHANGE");
  }
}
