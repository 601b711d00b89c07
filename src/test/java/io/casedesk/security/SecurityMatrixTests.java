package io.casedesk.security;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every role against every endpoint family: the case API, the engine REST API (tasks, history,
 * deployment), the webapps' API and the actuator; without credentials, with a wrong password, and as
 * each demo role. Expected answers as designed: 401, 403 or what the role may see.
 */
@CaseDeskTest
@TestClock("2026-10-05T09:00:00Z")
@ExtendWith(OutputCaptureExtension.class)
class SecurityMatrixTests {

  static final String ANONYMOUS = "-";
  static final String WRONG_PASSWORD = "agentTr:wrong";

  @Autowired TestRestTemplate rest;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  String caseNumber;
  String taskId;

  @BeforeEach
  void anEnglishKycCaseInReview() {
    caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  @ParameterizedTest(name = "open a case as {0}: {1}")
  @CsvSource({"-, 401", "agentTr:wrong, 401", "intake, 201", "agentEn, 403", "kyc1, 403", "supervisor1, 403",
      "compliance1, 403", "analyst1, 403", "admin, 403"})
  void openingACaseIsForTheIntakeAccountOnly(String role, int status) {
    assertThat(call(role, HttpMethod.POST, "/api/cases", api.kycCase(UID_LI_WEI, "en").toString()).getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest(name = "read a case as {0}: {1}")
  @CsvSource({"-, 401", "agentTr:wrong, 401", "intake, 200", "agentEn, 403", "supervisor1, 200", "compliance1, 200",
      "analyst1, 403", "admin, 200"})
  void readingACaseIsForIntakeSupervisorsComplianceAndAdmins(String role, int status) {
    assertThat(call(role, HttpMethod.GET, "/api/cases/" + caseNumber, null).getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest(name = "reply as {0}: {1}")
  @CsvSource({"-, 401", "intake, 409", "agentEn, 403", "supervisor1, 403", "admin, 403"})
  void relayingARepliesIsForTheIntakeAccountOnly(String role, int status) {
    // 409: past security, the case waits for no reply.
    assertThat(call(role, HttpMethod.POST, "/api/cases/" + caseNumber + "/replies", "{\"message\":\"hi\"}").getStatusCode().value())
        .isEqualTo(status);
  }

  @ParameterizedTest(name = "engine tasks as {0}: {1}, {2} visible")
  @CsvSource({"-, 401, -1", "agentTr:wrong, 401, -1", "intake, 403, -1", "agentEn, 200, 1", "kyc1, 200, 1",
      "agentZh, 200, 0", "supervisor1, 200, 1", "compliance1, 200, 0", "analyst1, 200, 0", "admin, 200, 1"})
  void agentsSeeOnlyTheTasksOfTheirQueues(String role, int status, int visible) {
    ResponseEntity<JsonNode> response = call(role, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (visible >= 0) {
      assertThat(response.getBody()).hasSize(visible);
    }
  }

  @ParameterizedTest(name = "complete another queue's task as {0}: {1}")
  @CsvSource({"-, 401", "intake, 403", "agentZh, 403", "compliance1, 403", "analyst1, 403"})
  void aTaskOfAnotherQueueCannotBeCompleted(String role, int status) {
    ResponseEntity<JsonNode> response =
        call(role, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "history as {0}: {1}, {2} visible")
  // A case is two process instances: its lifecycle and its type's process.
  @CsvSource({"-, 401, -1", "intake, 403, -1", "agentEn, 200, 0", "analyst1, 200, 0", "compliance1, 200, 2",
      "supervisor1, 200, 2", "admin, 200, 2"})
  void complianceReadsTheHistoryOfEveryCase(String role, int status, int visible) {
    ResponseEntity<JsonNode> response =
        call(role, HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber, null);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (visible >= 0) {
      assertThat(response.getBody()).hasSize(visible);
    }
  }

  @ParameterizedTest(name = "operation log as {0}: {1}")
  @CsvSource({"-, 401", "intake, 403", "compliance1, 200", "admin, 200"})
  void complianceReadsTheOperationLog(String role, int status) {
    assertThat(call(role, HttpMethod.GET, "/engine-rest/history/user-operation?maxResults=5", null).getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest(name = "change a case as {0}: {1}")
  @CsvSource({"compliance1, 403", "analyst1, 403", "agentEn, 403"})
  void complianceAndAnalystsCannotChangeARunningCase(String role, int status) {
    String instanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    ResponseEntity<JsonNode> response = call(role, HttpMethod.PUT,
        "/engine-rest/process-instance/" + instanceId + "/variables/decision", "{\"value\":\"APPROVE\",\"type\":\"String\"}");
    assertThat(response.getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest(name = "deploy as {0}: {1}")
  @CsvSource({"-, 401", "intake, 403", "agentEn, 403", "compliance1, 403", "supervisor1, 403", "analyst1, 200", "admin, 200"})
  void analystsDeployModels(String role, int status) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "security-matrix-" + role);
    form.add("probe.bpmn", new ByteArrayResource(PROBE_MODEL.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "probe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<JsonNode> response =
        client(role).exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
  }

  @ParameterizedTest(name = "actuator {1} as {0}: {2}")
  @CsvSource({"-, /actuator/health, 200", "-, /actuator/health/readiness, 200", "-, /actuator/health/liveness, 200",
      "-, /actuator/health/db, 401", "-, /actuator/info, 401", "agentEn, /actuator/info, 403", "admin, /actuator/info, 200",
      "-, /api/openapi, 401", "agentEn, /api/openapi, 200", "-, /engine-rest/engine, 401"})
  void onlyABareHealthCheckIsOpen(String role, String path, int status) {
    ResponseEntity<JsonNode> response = call(role, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (status == 401) {
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }
    if (path.startsWith("/actuator/health") && status == 200) {
      // The status only (the root also names its probe groups), never components or details.
      assertThat(response.getBody().get("status").asText()).isEqualTo("UP");
      assertThat(response.getBody().has("components")).isFalse();
      assertThat(response.getBody().has("details")).isFalse();
    }
  }

  @ParameterizedTest(name = "Tasklist login as {0}: {1}")
  @CsvSource({"agentEn, 200", "supervisor1, 200", "agentTr:wrong, 401", "intake, 403", "analyst1, 403"})
  void onlyDeskStaffLogInToTasklist(String role, int status) {
    assertThat(loginToTasklist(role).getStatusCode().value()).isEqualTo(status);
  }

  @Test
  void wrongPasswordsThrottleFurtherLoginsOfThatUser() {
    String probe = "throttleProbe" + System.nanoTime();
    var user = identityService.newUser(probe);
    user.setPassword(CaseApi.DEMO_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(probe, "supportEn");
    try {
      assertThat(call(probe + ":guess", HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value()).isEqualTo(401);
      assertThat(call(probe, HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value())
          .as("the right password during the delay").isEqualTo(401);
      engine.advance(java.time.Duration.ofMinutes(1));
      assertThat(call(probe, HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value()).isEqualTo(200);
    } finally {
      identityService.deleteUser(probe);
    }
  }

  @Test
  void theWebappsNeverAskABrowserForBasicCredentials() {
    for (String page : List.of("/camunda-welcome", "/camunda/app/tasklist/", "/no-such-page")) {
      ResponseEntity<String> response = rest.getForEntity(page, String.class);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(page).isNull();
    }
  }

  @Test
  void everyAgentCanUseThePersonalFiltersAndTheirQueues() {
    JsonNode filters = call("agentEn", HttpMethod.GET, "/engine-rest/filter?resourceType=Task", null).getBody();
    List<String> names = new java.util.ArrayList<>();
    filters.forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains("My tasks", "My queues", "KYC (en)").doesNotContain("KYC (zh)", "Compliance");
    filters.forEach(f -> assertThat(call("agentEn", HttpMethod.GET, "/engine-rest/filter/" + f.get("id").asText() + "/count", null)
        .getStatusCode().value()).as(f.get("name").asText()).isEqualTo(200));
  }

  @Test
  void theWebappsApiNeedsALogin() {
    ResponseEntity<String> anonymous = rest.getForEntity("/camunda/api/engine/engine/default/task", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);

    ResponseEntity<String> login = loginToTasklist("agentEn");
    assertThat(login.getStatusCode().value()).isEqualTo(200);
    HttpHeaders session = new HttpHeaders();
    session.put(HttpHeaders.COOKIE, login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList());
    ResponseEntity<JsonNode> tasks = rest.exchange(
        "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + caseNumber, HttpMethod.GET, new HttpEntity<>(session), JsonNode.class);
    assertThat(tasks.getStatusCode().value()).isEqualTo(200);
    assertThat(tasks.getBody()).hasSize(1);
  }

  @Test
  void aCompletionCannotForgeWhatTheDeskDecided() {
    String body = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"documentExpired\":{\"value\":true},"
        + "\"caseNumber\":{\"value\":\"" + caseNumber + "\"}}}";
    ResponseEntity<JsonNode> forged = call("agentEn", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body);
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody().get("detail").asText()).contains("documentExpired");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(call("agentEn", HttpMethod.PUT, "/engine-rest/task/" + taskId + "/variables/screeningHit", "{\"value\":false,\"type\":\"Boolean\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(call("supervisor1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/variables",
        "{\"modifications\":{\"reviewedBy\":{\"value\":\"nobody\"}}}").getStatusCode().value()).isEqualTo(403);

    String unchangedContext = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"caseNumber\":{\"value\":\"" + caseNumber
        + "\"},\"documentExpired\":{\"value\":false},\"comment\":{\"value\":\"fine\"}}}";
    assertThat(call("agentEn", HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", unchangedContext).getStatusCode().value())
        .as("the context sent back unchanged, as Tasklist does").isEqualTo(204);
  }

  @Test
  void aDecisionTheDeskRefusesIsABadRequestNotAServerError() {
    ResponseEntity<JsonNode> response = call("agentEn", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"REJECT\"},\"reasonCode\":{\"value\":\"OTHER\"}}}");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().get("message").asText()).contains("Explain a rejection in the comment");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aCompletedTasksOperationLogNamesWhoCompletedIt() {
    ResponseEntity<JsonNode> response =
        call("agentEn", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}");
    assertThat(response.getStatusCode().value()).isEqualTo(204);

    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery()
        .taskId(taskId).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
    assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("agentEn"));
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("reviewedBy")
        .processInstanceId(log.get(0).getProcessInstanceId()).singleResult().getValue()).isEqualTo("agentEn");
  }

  @Test
  void personalDataNeverReachesTheLogs(CapturedOutput output) {
    var request = api.kycCase(UID_LI_WEI, "en");
    var applicant = (com.fasterxml.jackson.databind.node.ObjectNode) request.get("details").get("applicant");
    applicant.put("firstName", "Xanthippe");
    applicant.put("lastName", "Quorndale");
    String documentNumber = request.get("details").get("identityDocument").get("number").asText();
    String opened = api.openCase(request);
    String task = taskService.createTaskQuery().processInstanceBusinessKey(opened).singleResult().getId();
    call("agentEn", HttpMethod.POST, "/engine-rest/task/" + task + "/complete", "{\"variables\":{\"decision\":{\"value\":\"BOGUS\"}}}");
    applicant.put("dateOfBirth", "not-a-date");
    api.open(request);

    assertThat(output.getAll()).doesNotContain("Xanthippe", "Quorndale", documentNumber);
  }

  /** Logs in as Tasklist does: the page hands out a CSRF token, which the login request returns. */
  private ResponseEntity<String> loginToTasklist(String role) {
    String[] credentials = credentials(role);
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList();
    String csrfToken = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length()))
        .findFirst().orElseThrow(() -> new AssertionError("Tasklist handed out no CSRF token"));
    HttpHeaders headers = new HttpHeaders();
    headers.put(HttpHeaders.COOKIE, cookies);
    headers.set("X-XSRF-TOKEN", csrfToken);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", credentials[0]);
    form.add("password", credentials[1]);
    return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  @ParameterizedTest(name = "Swagger UI as {0}: {1}")
  @CsvSource({"agentEn, 200", "intake, 200", "admin, 200", "-, 401"})
  void swaggerUiWorksForEveryAccount(String role, int status) {
    ResponseEntity<String> page = client(role).getForEntity("/api/swagger-ui/index.html", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(status);
    if (status == 200) {
      assertThat(page.getBody()).contains("swagger-ui");
      assertThat(client(role).getForEntity("/api/openapi/swagger-config", String.class).getStatusCode().value()).isEqualTo(200);
    }
  }

  @Test
  void aTaskThatIsGoneIsA404OnBothEngineApisNotA500() {
    String completed = taskId;
    assertThat(call("agentEn", HttpMethod.POST, "/engine-rest/task/" + completed + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> login = loginToTasklist("agentEn");
    HttpHeaders session = new HttpHeaders();
    session.put(HttpHeaders.COOKIE, login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList());
    // What Tasklist asks about a task it shows, the moment after it was completed.
    for (String sub : List.of("", "/form", "/deployed-form", "/form-variables", "/variables", "/localVariables", "/identity-links", "/rendered-form")) {
      ResponseEntity<String> webapp = rest.exchange(
          "/camunda/api/engine/engine/default/task/" + completed + sub, HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(webapp.getStatusCode().value()).as("Tasklist's engine API, task%s: %s", sub, webapp.getBody()).isEqualTo(404);
      assertThat(webapp.getBody()).contains("no task").doesNotContain("Exception\"", "is null");
      assertThat(call("agentEn", HttpMethod.GET, "/engine-rest/task/" + completed + sub, null).getStatusCode().value())
          .as("engine REST, task%s", sub).isEqualTo(404);
    }
    assertThat(call("agentEn", HttpMethod.GET, "/engine-rest/task/count", null).getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<JsonNode> call(String role, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return client(role).exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private TestRestTemplate client(String role) {
    if (ANONYMOUS.equals(role)) {
      return rest;
    }
    String[] credentials = credentials(role);
    return rest.withBasicAuth(credentials[0], credentials[1]);
  }

  private static String[] credentials(String role) {
    return role.contains(":") ? role.split(":", 2) : new String[] {role, CaseApi.DEMO_PASSWORD};
  }

  static final String PROBE_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_Probe" targetNamespace="http://casedesk.io/test">
        <bpmn:process id="security-matrix-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Event_Start" />
        </bpmn:process>
      </bpmn:definitions>
      """;
}
