package io.casedesk.cases;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static io.casedesk.support.CaseApi.UID_OLGA;
import static io.casedesk.support.CaseApi.details;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case API's contract: intake, idempotency, replies, and a clear 4xx for every kind of bad input. */
@CaseDeskTest
@TestClock("2026-06-01T10:00:00Z")
class CaseApiTests {

  @Autowired CaseApi api;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired EngineDriver engine;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;

  @Test
  void openingACaseAnswers201WithLocationTriageAndSlaClocks() {
    ResponseEntity<JsonNode> response = api.open(api.kycCase(UID_LI_WEI, "zh-CN"));

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    JsonNode body = response.getBody();
    String caseNumber = body.get("caseNumber").asText();
    assertThat(caseNumber).matches("CD-2026-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);
    assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(body.get("queue").asText()).isEqualTo("kyc");
    assertThat(body.get("priority").asInt()).isEqualTo(50);
    assertThat(body.get("firstResponseDue").asText()).isEqualTo("2026-06-02T10:00:00Z");
    assertThat(body.get("resolutionDue").asText()).isEqualTo("2026-06-03T10:00:00Z");
    assertThat(body.get("locale").asText()).isEqualTo("zh");
    assertThat(body.get("localeFallback").asBoolean()).isFalse();
    assertThat(body.at("/openSteps/0/step").asText()).isEqualTo("Task_ReviewApplication");
    assertThat(body.at("/openSteps/0/candidateGroups/0").asText()).isEqualTo("kycZh");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("kyc-verification").count())
        .as("the case number is the business key").isEqualTo(1);
    assertThat(api.view(caseNumber).get("caseNumber").asText()).isEqualTo(caseNumber);
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglishAndTheCaseSaysSo() {
    JsonNode body = api.open(api.kycCase(UID_LI_WEI, "fr-CA")).getBody();
    assertThat(body.get("locale").asText()).isEqualTo("en");
    assertThat(body.get("requestedLocale").asText()).isEqualTo("fr-CA");
    assertThat(body.get("localeFallback").asBoolean()).isTrue();
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameCaseAndCreatesNothing() {
    String key = UUID.randomUUID().toString();
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    ResponseEntity<JsonNode> first = api.open(request, key);
    long cases = caseCount();

    // The same JSON, formatted differently and with its keys in another order, is the same request.
    ResponseEntity<JsonNode> retry = api.open(reordered(request), key);

    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
    String key = UUID.randomUUID().toString();
    api.open(api.kycCase(UID_LI_WEI, "en"), key);
    long cases = caseCount();

    ResponseEntity<JsonNode> other = api.open(api.kycCase(UID_OLGA, "en"), key);

    assertProblem(other, 409, "idempotency-key-reused");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void malformedJsonIsA400Problem() {
    long cases = caseCount();
    ResponseEntity<JsonNode> response = api.open("{\"type\": \"KYC_VERIFICATION\", ");
    assertProblem(response, 400, "malformed-json");
    assertThat(response.getBody().get("detail").asText()).contains("line 1");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing type              | type             | must not be blank",
        "unknown case type         | type             | must be one of [",
        "wrong channel             | channel          | must be one of [EMAIL_TICKET, WEB_FORM, VIP_CONCIERGE]",
        "uid with symbols          | customerUid      | must be the exchange UID",
        "blank subject             | subject          | must not be blank",
        "unknown field             | urgency          | is not a known field",
        "locale not a tag          | locale           | is not a language tag",
        "details not an object     | details          | must be a JSON object",
        "number as string          | details.level    | has the wrong",
        "level out of range        | details.level    | must be less than or equal to 2",
        "date of birth not a date  | details.applicant.dateOfBirth | must be a date as YYYY-MM-DD",
        "missing applicant         | details.applicant | must not be null",
        "bad document hash         | details.documents[0].sha256 | SHA-256",
        "unknown document kind     | details.documents[0].kind | must be one of",
        "unknown field in details  | details.applicant.middleName | is not a known field",
        "description too long      | description      | size must be between 0 and 4000",
      })
  void badInputIsA400NamingTheFieldAndTheRule(String name, String field, String rule) {
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    BAD_INPUT.get(name).accept(request);
    long cases = caseCount();

    ResponseEntity<JsonNode> response = api.open(request);

    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().get("errors")).as("one mistake, one error").hasSize(1);
    JsonNode error = response.getBody().get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("rule").asText()).contains(rule);
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void everyMistakeOfARequestIsListed() {
    List<String> mistakes = List.of("wrong channel", "uid with symbols", "blank subject", "unknown field", "locale not a tag",
        "level out of range", "date of birth not a date", "unknown document kind", "unknown field in details",
        "description too long");
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    mistakes.forEach(mistake -> BAD_INPUT.get(mistake).accept(request));
    long cases = caseCount();

    ResponseEntity<JsonNode> response = api.open(request, "   ");

    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "channel", "customerUid", "subject", "urgency", "locale", "details.level", "details.applicant.dateOfBirth",
        "details.documents[0].kind", "details.applicant.middleName", "description", "Idempotency-Key");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void aFieldThatCannotBeReadIsReportedOnceNotAlsoAsMissing() {
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    request.put("channel", 7);
    request.put("tier", "PLATINUM");
    details(request).putArray("documents").add("passport.jpg");

    ResponseEntity<JsonNode> response = api.open(request);

    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("channel", "details.documents[0]", "tier");
  }

  static final Map<String, Consumer<ObjectNode>> BAD_INPUT =
      Map.ofEntries(
          Map.entry("missing type", r -> r.remove("type")),
          Map.entry("unknown case type", r -> r.put("type", "ACCOUNT_DELETION")),
          Map.entry("wrong channel", r -> r.put("channel", "TELEGRAM")),
          Map.entry("uid with symbols", r -> r.put("customerUid", "1000'; drop table")),
          Map.entry("blank subject", r -> r.put("subject", " ")),
          Map.entry("unknown field", r -> r.put("urgency", "HIGH")),
          Map.entry("locale not a tag", r -> r.put("locale", "english!!")),
          Map.entry("details not an object", r -> r.put("details", "KYC please")),
          Map.entry("number as string", r -> details(r).put("level", "one")),
          Map.entry("level out of range", r -> details(r).put("level", 3)),
          Map.entry("date of birth not a date", r -> details(r).with("applicant").put("dateOfBirth", "12/04/1990")),
          Map.entry("missing applicant", r -> details(r).remove("applicant")),
          Map.entry("bad document hash", r -> ((ObjectNode) details(r).withArray("documents").get(0)).put("sha256", "abc")),
          Map.entry("unknown document kind", r -> ((ObjectNode) details(r).withArray("documents").get(0)).put("kind", "BIRTH_CERTIFICATE")),
          Map.entry("unknown field in details", r -> details(r).with("applicant").put("middleName", "X")),
          Map.entry("description too long", r -> r.put("description", "x".repeat(4001))));

  @Test
  void aCaseTypeWithoutADeployedFlowIsRefused() {
    // A type the desk knows whose process is not (or no longer) active, as while its model is being replaced.
    repositoryService.suspendProcessDefinitionByKey("kyc-verification");
    try {
      ResponseEntity<JsonNode> response = api.open(api.kycCase(UID_LI_WEI, "en"));
      assertProblem(response, 422, "unprocessable");
      assertThat(response.getBody().get("detail").asText()).contains("KYC_VERIFICATION", "not available");
    } finally {
      repositoryService.activateProcessDefinitionByKey("kyc-verification");
    }
  }

  @Test
  void anAccountTheExchangeDoesNotKnowIsRefused() {
    long cases = caseCount();
    ResponseEntity<JsonNode> response = api.open(api.kycCase("99999999", "en"));
    assertProblem(response, 422, "unprocessable");
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("customerUid");
    assertThat(caseCount()).isEqualTo(cases);
  }

  @Test
  void anOversizeBodyIsRefusedWith413() {
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    request.put("description", "x".repeat(300_000));
    assertProblem(api.open(request), 413, "payload-too-large");
  }

  @Test
  void aWrongContentTypeIsA415Problem() {
    ResponseEntity<JsonNode> response =
        api.openWithContentType("type=KYC_VERIFICATION", MediaType.APPLICATION_FORM_URLENCODED);
    assertThat(response.getStatusCode().value()).isEqualTo(415);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  void anUnknownCaseIs404() {
    assertProblem(api.get("CD-2026-999999"), 404, "unknown-case");
    assertProblem(api.reply("CD-2026-999999", Map.of("message", "hello")), 404, "unknown-case");
  }

  @Test
  void aReplyToACaseThatWaitsForNothingIs409() {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    assertProblem(api.reply(caseNumber, Map.of("message", "any news?")), 409, "not-waiting-for-reply");
  }

  @Test
  void anEmptyOrInvalidReplyIs400AndChangesNothing() {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    details(request).putArray("documents");
    String caseNumber = api.openCase(request);

    assertProblem(api.reply(caseNumber, Map.of()), 400, "invalid-request");
    ObjectNode badDetails = api.json().createObjectNode();
    badDetails.putObject("details").putObject("applicant").put("dateOfBirth", "2099-01-01");
    ResponseEntity<JsonNode> response = api.reply(caseNumber, badDetails);
    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("details.applicant.dateOfBirth");
    ObjectNode severalMistakes = api.json().createObjectNode();
    severalMistakes.put("mood", "angry");
    severalMistakes.put("message", "x".repeat(10_001));
    severalMistakes.putArray("documents").addObject().put("kind", "BIRTH_CERTIFICATE");
    response = api.reply(caseNumber, severalMistakes);
    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("documents[0].kind", "message", "mood");

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
  }

  @Test
  void theApiIsDescribedByOpenApi() {
    JsonNode openApi = api.getJson("/api/openapi");
    assertThat(openApi.at("/paths").has("/api/cases")).isTrue();
    assertThat(openApi.at("/paths").has("/api/cases/{caseNumber}/replies")).isTrue();
    assertThat(openApi.at("/components/schemas/OpenCaseRequest/required").toString()).contains("customerUid", "details");
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, int status, String type) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("type").asText()).endsWith("/problems/" + type);
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at io.casedesk", "SQL");
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from cd_case").query(Long.class).single();
  }

  private String reordered(ObjectNode request) {
    StringBuilder json = new StringBuilder("{\n");
    var names = new java.util.ArrayList<String>();
    request.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    for (int i = 0; i < names.size(); i++) {
      json.append("  \"").append(names.get(i)).append("\" : ").append(request.get(names.get(i))).append(i < names.size() - 1 ? ",\n" : "\n");
    }
    return json.append("}").toString();
  }

  @Test
  void theBackEndFindsACustomersCasesPageByPage() {
    String uid = "10000015";
    String first = api.openCase(api.kycCase(uid, "en"));
    engine.moveClock(java.time.Duration.ofMinutes(1));
    String second = api.openCase(api.depositCase(uid, "ETHEREUM", "ETH", "0x" + "0".repeat(61) + "bad"));
    engine.moveClock(java.time.Duration.ofMinutes(1));
    String third = api.openCase(api.kycCase(uid, "en"));

    JsonNode all = api.getJson("/api/cases?customerUid=" + uid + "&from=2026-06-01T10:00:00Z&to=2026-06-01T10:05:00Z");
    assertThat(all.get("items").findValuesAsText("caseNumber")).containsSubsequence(third, second, first);
    JsonNode kyc = api.getJson("/api/cases?customerUid=" + uid + "&type=KYC_VERIFICATION&from=2026-06-01&to=2026-06-01&size=1");
    assertThat(kyc.get("size").asInt()).isEqualTo(1);
    assertThat(kyc.get("items")).hasSize(1);
    assertThat(kyc.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(kyc.at("/items/0/type").asText()).isEqualTo("KYC_VERIFICATION");
    JsonNode secondPage = api.getJson("/api/cases?customerUid=" + uid + "&type=KYC_VERIFICATION&from=2026-06-01&to=2026-06-01&size=1&page=1");
    assertThat(secondPage.at("/items/0/caseNumber").asText()).isNotEqualTo(kyc.at("/items/0/caseNumber").asText());
    JsonNode inReview = api.getJson("/api/cases?customerUid=" + uid + "&status=IN_REVIEW&from=2026-06-01&to=2026-06-01");
    assertThat(inReview.get("items").findValuesAsText("status")).containsOnly("IN_REVIEW");
  }

  @Test
  void aSearchWithBadParametersListsEveryProblem() {
    ResponseEntity<JsonNode> response = api.search("customerUid=x-y&status=LOST&type=NOPE&from=yesterday&size=1000&page=-1");
    assertProblem(response, 400, "invalid-request");
    assertThat(response.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("customerUid", "status", "type", "from", "size", "page");
  }
}
