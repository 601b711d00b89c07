package io.casedesk.withdrawallimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The withdrawal-limit request as the exchange's back end meets it: intake's checks of the details,
 * the decision read back, the one call that opens the KYC verification a request needs, who may call
 * what, and the OpenAPI description.
 */
@CaseDeskTest
@ExtendWith(LimitRequestsTestSupport.KeepsDemoLimits.class)
@TestClock(WithdrawalLimitProcessTests.NOW)
class WithdrawalLimitApiTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TestCases cases;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired LimitRequestsTestSupport limits;

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "requestedDailyLimitUsd | 25000.125 | details.requestedDailyLimitUsd | at most 2 decimals",
    "requestedDailyLimitUsd | -5        | details.requestedDailyLimitUsd | greater than 0",
    "requestedDailyLimitUsd | 0         | details.requestedDailyLimitUsd | greater than 0",
    "requestedDailyLimitUsd | '25000'   | details.requestedDailyLimitUsd | has the wrong type",
    "requestedDailyLimitUsd | true      | details.requestedDailyLimitUsd | has the wrong type",
    "reason                 | 'FUN'     | details.reason                 | must be one of [TRADING_VOLUME, BUSINESS_PAYMENTS, ASSET_MIGRATION, OTHER]",
    "reason                 | null      | details.reason                 | must not be null",
  })
  void badDetailsAreRefusedAndNothingIsStored(String field, String json, String path, String rule) {
    ObjectNode request = limits.request("10000052", "20000");
    String body = request.toString().replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + json.replace('\'', '"'));
    long before = caseCount();

    ResponseEntity<JsonNode> response = api.open(body);

    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
    assertThat(response.getBody().at("/errors/0/field").asText()).as(String.valueOf(response.getBody())).isEqualTo(path);
    if (rule != null) {
      assertThat(response.getBody().at("/errors/0/rule").asText()).contains(rule);
    }
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void documentsSuchAsAProofOfFundsComeWithTheRequestAndShowInTheReview() {
    ObjectNode request = limits.request("10000057", "20000", "BUSINESS_PAYMENTS", "en", "STANDARD");
    ((ObjectNode) request.get("details")).putArray("documents").add(api.document("PROOF_OF_FUNDS", java.time.LocalDate.parse("2026-11-30")));
    String caseNumber = api.openCase(request);
    engine.runDueJobs();

    assertThat((String) limits.historic(caseNumber, WithdrawalLimitVariables.REQUEST_SUMMARY))
        .contains("reason BUSINESS_PAYMENTS", "PROOF_OF_FUNDS: s3://", "issued 2026-11-30", "sha256 ");
  }

  @Test
  void oneCallOpensTheKycVerificationTheRequestNeedsAndLinksTheTwoCases() {
    String limitCase = api.openCase(limits.request("10000052", "40000", "TRADING_VOLUME", "es-ES", "STANDARD"));
    engine.runDueJobs();
    assertThat(api.view(limitCase).at("/outcome/code").asText()).isEqualTo("NEEDS_KYC_LEVEL");
    long before = caseCount();

    ResponseEntity<JsonNode> opened = openKyc(limitCase, kycBody());

    assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
    JsonNode kycCase = opened.getBody();
    String kycCaseNumber = kycCase.get("caseNumber").asText();
    cases.own(kycCaseNumber);
    assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + kycCaseNumber);
    assertThat(kycCase.get("type").asText()).isEqualTo("KYC_VERIFICATION");
    assertThat(kycCase.get("customerUid").asText()).isEqualTo("10000052");
    assertThat(kycCase.get("requestedLocale").asText()).isEqualTo("es-ES");
    assertThat(kycCase.get("subject").asText()).contains("KYC level 2", limitCase);
    assertThat(engine.engine().getRuntimeService().getVariable(engine.process(kycCaseNumber, "kyc-verification").getId(), "kycLevel"))
        .as("verified at the level the limit needs").isEqualTo(2);
    assertThat(limits.decision(limitCase).get("kycCaseNumber").asText()).isEqualTo(kycCaseNumber);

    // The back end retries after a timeout: the same case, nothing opened twice.
    ResponseEntity<JsonNode> again = openKyc(limitCase, kycBody());
    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getBody().get("caseNumber").asText()).isEqualTo(kycCaseNumber);
    assertThat(caseCount()).isEqualTo(before + 1);
  }

  @Test
  void theOneCallIsOnlyForARequestThatNeedsAKycLevel() {
    String approved = api.openCase(limits.request("10000052", "20000"));
    engine.runDueJobs();
    String kyc = api.openCase(api.kycCase(CaseApi.UID_OLGA, "en"));
    long before = caseCount();

    assertProblem(openKyc(approved, kycBody()), 409, "no-kyc-level-needed", "was decided APPROVE");
    assertProblem(openKyc(kyc, kycBody()), 404, "unknown-limit-request", kyc);
    assertProblem(openKyc("CD-2026-999999", kycBody()), 404, "unknown-limit-request", "CD-2026-999999");
    ObjectNode noApplicant = kycBody();
    noApplicant.remove("applicant");
    ResponseEntity<JsonNode> invalid = openKyc(approved, noApplicant);
    assertProblem(invalid, 400, "invalid-request", "");
    assertThat(invalid.getBody().at("/errors/0/field").asText()).isEqualTo("applicant");
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void theDecisionCanBeReadOnceTheDeskDecided() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    assertProblem(CaseApi.asIntake(rest).getForEntity("/api/cases/" + caseNumber + "/withdrawal-limit", JsonNode.class),
        404, "limit-request-not-decided", "not been decided yet");
    engine.runDueJobs();
    assertThat(limits.decision(caseNumber).get("decision").asText()).isEqualTo("APPROVE");
    String kyc = api.openCase(api.kycCase(CaseApi.UID_OLGA, "en"));
    assertProblem(CaseApi.asIntake(rest).getForEntity("/api/cases/" + kyc + "/withdrawal-limit", JsonNode.class),
        404, "unknown-limit-request", kyc);
  }

  @ParameterizedTest(name = "{0}: open KYC {1}, read decision {2}")
  @CsvSource({"-, 401, 401", "agentEn, 403, 403", "kyc1, 403, 403", "supervisor1, 403, 200", "compliance1, 403, 200", "analyst1, 403, 403"})
  void theExchangesBackEndOpensAndStaffReads(String user, int open, int read) {
    String caseNumber = api.openCase(limits.request("10000052", "40000"));
    engine.runDueJobs();
    TestRestTemplate client = user.equals("-") ? rest : rest.withBasicAuth(user, "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(client.exchange("/api/cases/" + caseNumber + "/kyc-verification", HttpMethod.POST, new HttpEntity<>(kycBody().toString(), headers),
        JsonNode.class).getStatusCode().value()).isEqualTo(open);
    assertThat(client.getForEntity("/api/cases/" + caseNumber + "/withdrawal-limit", JsonNode.class).getStatusCode().value()).isEqualTo(read);
  }

  @Test
  void theApiDescribesTheRequestTheDecisionAndTheOneCall() {
    JsonNode openApi = api.getJson("/api/openapi");
    assertThat(openApi.at("/paths").has("/api/cases/{caseNumber}/withdrawal-limit")).isTrue();
    assertThat(openApi.at("/paths").has("/api/cases/{caseNumber}/kyc-verification")).isTrue();
    assertThat(openApi.at("/paths/~1api~1cases~1{caseNumber}~1kyc-verification/post/description").asText()).contains("NEEDS_KYC_LEVEL");
    assertThat(openApi.at("/components/schemas/WithdrawalLimitDetails/properties").has("requestedDailyLimitUsd")).isTrue();
    assertThat(openApi.at("/components/schemas/OpenCaseRequest/properties/type/enum").toString()).contains("WITHDRAWAL_LIMIT_INCREASE");
    assertThat(openApi.at("/components/schemas/KycVerificationRequest/required").toString()).contains("applicant", "identityDocument");
  }

  private ResponseEntity<JsonNode> openKyc(String caseNumber, ObjectNode body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return CaseApi.asIntake(rest)
        .exchange("/api/cases/" + caseNumber + "/kyc-verification", HttpMethod.POST, new HttpEntity<>(body.toString(), headers), JsonNode.class);
  }

  /** What the exchange knows of the customer: who they are and which documents they already uploaded. */
  private ObjectNode kycBody() {
    ObjectNode details = (ObjectNode) api.kycCase("10000052", "es").get("details");
    details.remove("level");
    ((ObjectNode) details.get("applicant")).put("firstName", "Jia").put("lastName", "Chen");
    return details;
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from cd_case").query(Long.class).single();
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status, String type, String detail) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("type").asText()).endsWith("/problems/" + type);
    assertThat(response.getBody().get("detail").asText()).contains(detail);
  }
}
