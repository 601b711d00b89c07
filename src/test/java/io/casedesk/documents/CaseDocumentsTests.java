package io.casedesk.documents;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import io.casedesk.tasklist.TaskCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A case's documents through the desk: who may open them (the case's queue, its assignee, supervisors,
 * compliance), the signed link they are sent to, the problem for anyone else, an unknown case or
 * document, a back office that is down, and the audit trail of every attempt.
 */
@CaseDeskTest
@TestClock("2026-10-05T09:00:00Z")
class CaseDocumentsTests {

  @Autowired TestRestTemplate rest;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired EmbeddedBackOffice backOffice;

  String caseNumber;
  String passport;

  @BeforeEach
  void anEnglishKycCaseInReview() {
    caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    passport = api.document("PASSPORT", null).get("sha256").asText();
  }

  @AfterEach
  void reset() {
    engine.reset();
  }

  @ParameterizedTest(name = "{0} opens the passport: {1}")
  @CsvSource({"-, 401", "intake, 403", "agentZh, 403", "analyst1, 403", "agentEn, 303", "kyc1, 303", "supervisor1, 303",
      "compliance1, 303", "admin, 303"})
  void onlyThosePeopleWhoMayWorkTheCaseOpenItsDocuments(String role, int status) {
    Answer answer = open(role, caseNumber, passport);
    assertThat(answer.status()).isEqualTo(status);
    if (status == 303) {
      assertThat(answer.location().toString()).startsWith("/demo-back-office/documents/passport.png?expires=");
      assertThat(rest.getForEntity(answer.location().toString(), byte[].class).getStatusCode().value()).isEqualTo(200);
    }
    if (status == 403 && !"intake".equals(role) && !"analyst1".equals(role)) {
      assertThat(answer.body().get("type").asText()).endsWith("/not-your-case");
      assertThat(views()).extracting(v -> v.get("outcome").asText()).containsExactly("DENIED");
    }
  }

  @Test
  void theTaskFormLinksEveryDocumentByItsKindAndEveryViewIsRecorded() {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    String links = (String) taskService.getVariableLocal(taskId, TaskCard.DOCUMENTS);
    assertThat(links).contains("[Passport](/api/cases/" + caseNumber + "/documents/" + passport + ")", "[Selfie](");

    assertThat(open("agentEn", caseNumber, passport).status()).isEqualTo(303);
    assertThat(open("compliance1", caseNumber, passport).status()).isEqualTo(303);
    assertThat(open("agentZh", caseNumber, passport).status()).isEqualTo(403);

    List<JsonNode> views = views();
    assertThat(views).extracting(v -> v.get("viewer").asText() + " " + v.get("outcome").asText() + " " + v.path("documentKind").asText("null"))
        .containsExactly("agentEn VIEWED PASSPORT", "compliance1 VIEWED PASSPORT", "agentZh DENIED null");
    assertThat(views).allSatisfy(v -> assertThat(v.get("viewedAt").asText()).isEqualTo("2026-10-05T09:00:00Z"));
    assertThat(rest.withBasicAuth("agentEn", CaseApi.DEMO_PASSWORD).getForEntity("/api/cases/" + caseNumber + "/document-views", JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void anUnknownCaseOrDocumentIsNotFoundAndRecorded() {
    assertThat(open("agentEn", caseNumber, "0".repeat(64)).status()).isEqualTo(404);
    assertThat(open("agentEn", caseNumber, "0".repeat(64)).body().get("type").asText()).endsWith("/unknown-document");
    assertThat(open("supervisor1", "CD-2026-999999", passport).status()).isEqualTo(404);
    assertThat(views()).extracting(v -> v.get("outcome").asText()).containsExactly("NOT_FOUND", "NOT_FOUND");
  }

  @Test
  void aLinkThatWasAlteredOrHasExpiredIsRefused() {
    String link = open("agentEn", caseNumber, passport).location().toString();
    assertThat(rest.getForEntity(link.replace("passport.png", "selfie.png"), String.class).getStatusCode().value()).isEqualTo(403);
    engine.moveClock(java.time.Duration.ofMinutes(6));
    assertThat(rest.getForEntity(link, String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aBackOfficeThatIsDownIsAServiceProblemAndRecorded() {
    backOffice.goDown();
    try {
      assertThat(open("agentEn", caseNumber, passport).status()).isEqualTo(503);
    } finally {
      backOffice.comeBack();
    }
    assertThat(views()).extracting(v -> v.get("outcome").asText()).containsExactly("FAILED");
  }

  /** Opens a document as the role, without following the redirect (a browser would). */
  private Answer open(String role, String number, String sha256) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/cases/" + number + "/documents/" + sha256))
        .header("Accept", "application/json, application/problem+json");
    if ("intake".equals(role)) {
      request.header("Authorization", "Bearer " + CaseApi.INTAKE_API_KEY);
    } else if (!"-".equals(role)) {
      String credentials = role + ":" + CaseApi.DEMO_PASSWORD;
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = answer.body();
      return new Answer(answer.statusCode(), answer.headers().firstValue("Location").map(URI::create).orElse(null),
          body == null || body.isBlank() ? null : api.json().readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  record Answer(int status, URI location, JsonNode body) {}

  private List<JsonNode> views() {
    JsonNode views = rest.withBasicAuth("compliance1", CaseApi.DEMO_PASSWORD).getForEntity("/api/cases/" + caseNumber + "/document-views", JsonNode.class).getBody();
    return views == null ? List.of() : java.util.stream.StreamSupport.stream(views.spliterator(), false).toList();
  }
}
