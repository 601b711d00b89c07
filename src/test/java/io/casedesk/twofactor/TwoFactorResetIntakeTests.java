package io.casedesk.twofactor;

import static io.casedesk.twofactor.TwoFactorRequests.CLEAN;
import static io.casedesk.twofactor.TwoFactorRequests.details;
import static io.casedesk.twofactor.TwoFactorRequests.reset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.platform.JsonVariables;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** TWO_FACTOR_RESET at the case API: what a request must hold, refused with problem+json and nothing stored. */
@CaseDeskTest
@TestClock("2026-12-01T10:00:00Z")
class TwoFactorResetIntakeTests {

  @Autowired CaseApi api;
  @Autowired JdbcClient jdbc;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired JsonVariables json;

  @Test
  void aCompleteRequestIsTriagedToSecurityWithItsIpAddressesInOneSpelling() {
    ObjectNode request = reset(api, CLEAN, "en");
    details(request).putArray("recentIps").add("2001:DB8:0:0:0:0:0:24").add(" 203.0.113.24 ").add("203.0.113.24");
    ResponseEntity<JsonNode> response = api.open(request);

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    assertThat(response.getBody().get("type").asText()).isEqualTo("TWO_FACTOR_RESET");
    assertThat(response.getBody().get("queue").asText()).isEqualTo("security");
    assertThat(response.getBody().get("status").asText()).as("the checks run first").isEqualTo("OPEN");
    ProcessInstance reset = engine.process(response.getBody().get("caseNumber").asText(), "two-factor-reset");
    JsonNode stored = json.readTyped(runtimeService.getVariableTyped(reset.getId(), CaseVariables.CASE_DETAILS, false));
    assertThat(stored.get("recentIps").toString()).isEqualTo("[\"2001:db8::24\",\"203.0.113.24\"]");
    assertThat(stored.get("requestIp").asText()).isEqualTo("203.0.113.24");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "lostFactor | details.lostFactor",
    "lostOn future | details.lostOn",
    "lostOn malformed | details.lostOn",
    "requestIp | details.requestIp",
    "recentIps | details.recentIps[1]",
    "identityDocument | details.identityDocument",
    "requestDevice | details.requestDevice",
    "document kind | details.documents[0].kind",
  })
  void malformedValuesAre400WithTheFieldAndNothingIsStored(String what, String field) {
    ObjectNode request = reset(api, CLEAN, "en");
    ObjectNode details = details(request);
    Consumer<ObjectNode> breakIt = switch (what) {
      case "lostFactor" -> d -> d.put("lostFactor", "PAPER_CODES");
      case "lostOn future" -> d -> d.put("lostOn", "2026-12-02");
      case "lostOn malformed" -> d -> d.put("lostOn", "27.11.2026");
      case "requestIp" -> d -> d.put("requestIp", "example.com");
      case "recentIps" -> d -> d.putArray("recentIps").add("203.0.113.24").add("300.1.2.3");
      case "identityDocument" -> d -> d.remove("identityDocument");
      case "requestDevice" -> d -> d.put("requestDevice", " ");
      default -> d -> d.withArray("documents").insertObject(0).put("kind", "BANK_CARD").put("uri", "s3://x/y.jpg")
          .put("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    };
    breakIt.accept(details);
    long cases = caseCount();

    ResponseEntity<JsonNode> response = api.open(request);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    List<String> fields = response.getBody().get("errors").findValuesAsText("field");
    assertThat(fields).as(response.getBody().toString()).contains(field);
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void missingDocumentsAreNoErrorAtIntake() {
    assertThat(api.open(TwoFactorRequests.withoutSelfieAndSessions(api, CLEAN, "en")).getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void theApiDocumentDescribesTheDetails() {
    JsonNode schema = api.getJson("/api/openapi").at("/components/schemas/TwoFactorResetDetails");
    assertThat(schema.at("/properties/lostFactor/enum").toString()).contains("AUTHENTICATOR_APP", "SMS", "EMAIL", "SECURITY_KEY");
    assertThat(schema.at("/properties/requestIp/description").asText()).contains("IP address");
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from cd_case").query(Long.class).single();
  }
}
