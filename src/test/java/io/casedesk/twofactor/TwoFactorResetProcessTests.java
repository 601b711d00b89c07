package io.casedesk.twofactor;

import static io.casedesk.twofactor.TwoFactorRequests.CLEAN;
import static io.casedesk.twofactor.TwoFactorRequests.INSTITUTIONAL;
import static io.casedesk.twofactor.TwoFactorRequests.RECENT_PASSWORD_CHANGE;
import static io.casedesk.twofactor.TwoFactorRequests.WITHDREW_AFTER_LOSS;
import static io.casedesk.twofactor.TwoFactorRequests.details;
import static io.casedesk.twofactor.TwoFactorRequests.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of processes/two-factor-reset.bpmn and processes/withdrawal-lock.bpmn, driven through the
 * case API, the engine's APIs and its clock, against the demo accounts of db/demo/V10_1.
 */
@CaseDeskTest
@TestClock(TwoFactorResetProcessTests.NOW)
class TwoFactorResetProcessTests {

  static final String NOW = "2026-12-01T10:00:00Z";
  static final Instant OPENED = Instant.parse(NOW);
  static final String PROCESS = "two-factor-reset";
  static final String LOCK_PROCESS = "withdrawal-lock";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired LedgerPort ledger;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void demoAccountsAsShipped() {
    TwoFactorRequests.restoreDemoAccounts(jdbc);
  }

  @Test
  void aCompleteLowRiskRequestIsCheckedReviewedInTheCustomersLanguageResetAndLocked() {
    String caseNumber = api.openCase(reset(api, CLEAN, "es-ES"));
    ProcessInstance reset = instance(caseNumber);
    assertThat(reset).as("the takeover checks run as jobs, before anyone acts").isWaitingAt("Task_CompareLoginHistory");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

    engine.runDueJobs();
    assertThat(reset).isWaitingAt("Task_ReviewReset")
        .hasPassed("Task_CompareLoginHistory", "Task_ListActivitySinceLoss", "Task_CheckWithdrawalsOnChain", "Task_CheckDocumentsComplete",
            "Task_DecideRisk")
        .hasNotPassed("Task_LockWithdrawalsTakeover");
    assertThat(reset).variables()
        .containsEntry(TwoFactorVariables.REQUEST_IP_KNOWN, true)
        .containsEntry(TwoFactorVariables.SUSPECTED_TAKEOVER, false)
        .containsEntry(TwoFactorVariables.DOCUMENTS_COMPLETE, true)
        .containsEntry(TwoFactorVariables.RISK, "LOW")
        .containsEntry(TwoFactorVariables.RISK_REASONS, "");
    Task review = task(reset);
    assertThat(review).hasCandidateGroup("security");
    assertThat(review.getName()).isEqualTo("Revisar restablecimiento de 2FA");
    assertThat(formService.getTaskFormData(review.getId()).getCamundaFormRef().getKey()).isEqualTo("two-factor-review-es");
    // The check results themselves are in the case's language, not only the form's labels.
    assertThat(text(reset, TwoFactorVariables.LOGIN_CHECK_NOTE)).contains("IP de la solicitud 203.0.113.24: está en el historial de accesos");
    assertThat(text(reset, TwoFactorVariables.TAKEOVER_NOTE)).startsWith("Sin indicios de toma de cuenta");
    assertThat(text(reset, TwoFactorVariables.ACTIVITY_NOTE)).contains("Retiros desde el 2026-11-27: 0");
    assertThat(text(reset, TwoFactorVariables.ON_CHAIN_NOTE)).isEqualTo("Ningún retiro desde la pérdida.");
    assertThat(text(reset, TwoFactorVariables.RISK_NOTE)).startsWith("BAJO: ningún factor de riesgo. Saldo 2935.40 USD");
    assertThat(text(reset, TwoFactorVariables.DOCUMENTS_SUMMARY)).contains("Página del pasaporte con foto: s3://", "Selfie (prueba de vida)")
        .containsPattern("sha256 [0-9a-f]{64}");
    for (String note : List.of(TwoFactorVariables.REQUEST_SUMMARY, TwoFactorVariables.IDENTITY_DOCUMENT_SUMMARY, TwoFactorVariables.DOCUMENT_NOTE,
        TwoFactorVariables.DOCUMENTS_SUMMARY, TwoFactorVariables.LOGIN_CHECK_NOTE, TwoFactorVariables.ACTIVITY_NOTE, TwoFactorVariables.ON_CHAIN_NOTE,
        TwoFactorVariables.TAKEOVER_NOTE, TwoFactorVariables.WITHDRAWAL_LOCK_NOTE, TwoFactorVariables.RISK_NOTE)) {
      assertThat(text(reset, note)).as(note).isNotBlank().doesNotContain("{", "}");
    }
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");

    engine.as("security1", () -> {
      taskService.claim(review.getId(), "security1");
      taskService.complete(review.getId(), withVariables("decision", "APPROVE", "comment", "Passport, selfie and IPs match"));
    });
    assertThat(reset).as("the ledger is called in jobs of their own").isWaitingAt("Task_LockWithdrawals");
    engine.runDueJobs();

    assertThat(reset).isEnded().hasPassed("Task_LockWithdrawals", "Task_ResetTwoFactor", "Task_StartLockTimer", "Task_NotifyReset",
        "Task_RecordReset", "Event_TwoFactorReset").hasNotPassed("Task_SecondApproval");
    Instant lockedUntil = OPENED.plus(Duration.ofHours(48));
    AccountProfile profile = ledger.profile(CLEAN).orElseThrow();
    assertThat(profile.twoFactorEnabled()).isFalse();
    assertThat(profile.withdrawalsLockedUntil()).isEqualTo(lockedUntil);
    assertThat(ledger.securityChanges(CLEAN, OPENED)).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(SecurityChange.Kind.TWO_FACTOR_RESET));
    assertThat(jdbc.sql("select case_number from ledger_security_change where customer_uid = :uid and kind = 'TWO_FACTOR_RESET'")
        .param("uid", CLEAN).query(String.class).list()).containsExactly(caseNumber);
    // Both are recorded on the case.
    assertThat(historic(reset, TwoFactorVariables.TWO_FACTOR_RESET_AT)).isEqualTo(NOW);
    assertThat(historic(reset, TwoFactorVariables.WITHDRAWAL_LOCK_END)).isEqualTo(lockedUntil.toString());

    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("TWO_FACTOR_RESET");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("two-factor-reset-done");
    assertThat(view.at("/notifications/0/locale").asText()).isEqualTo("es");
    assertThat(view.at("/notifications/0/body").asText()).contains("los retiros quedan bloqueados hasta el 2026-12-03 10:00 (UTC)");
    assertThat(engine.process(caseNumber, "case-lifecycle")).isEnded();
    assertThat(engine.process(caseNumber, LOCK_PROCESS)).as("the lock runs on after the case").isWaitingAt("Event_LockPeriodOver");
  }

  @Test
  void theLockIsLiftedAfter48HoursAndTheCustomerIsToldInTheirLanguage() {
    String caseNumber = approvedLowRisk(CLEAN, "ru");
    ProcessInstance lock = engine.process(caseNumber, LOCK_PROCESS);
    assertThat(lock).isWaitingAt("Event_LockPeriodOver");

    engine.advance(Duration.ofHours(48).minusMinutes(1));
    assertThat(lock).isWaitingAt("Event_LockPeriodOver");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isNotNull();

    engine.moveClock(Duration.ofMinutes(1));
    engine.runDueJobs();
    assertThat(lock).isEnded().hasPassed("Task_LiftWithdrawalLock", "Task_NotifyWithdrawalsUnlocked", "Event_WithdrawalsUnlocked");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isNull();
    assertThat(historic(lock, TwoFactorVariables.WITHDRAWALS_UNLOCKED_AT)).isEqualTo(OPENED.plus(Duration.ofHours(48)).toString());
    JsonNode unlocked = api.view(caseNumber).at("/notifications/1");
    assertThat(unlocked.get("template").asText()).isEqualTo("two-factor-withdrawals-unlocked");
    assertThat(unlocked.get("subject").asText()).isEqualTo("[" + caseNumber + "] Вывод средств снова доступен");
  }

  @Test
  void missingDocumentsAreAskedFromTheCustomerAndTheReplyRunsTheChecksAgain() {
    String caseNumber = api.openCase(TwoFactorRequests.withoutSelfieAndSessions(api, CLEAN, "en"));
    ProcessInstance reset = instance(caseNumber);
    engine.runDueJobs();

    assertThat(reset).isWaitingAt("CallActivity_WaitForCustomerReply").hasPassed("Task_RequestMissingDocuments").hasNotPassed("Task_DecideRisk");
    assertThat(reset).variables().containsEntry(TwoFactorVariables.MISSING_DOCUMENTS, "SELFIE,SESSION_LOG");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("two-factor-documents-missing");
    assertThat(view.at("/notifications/0/body").asText())
        .contains("a selfie holding your identity document", "a session log exported from our app, or a list of the IP addresses you used recently");

    ObjectNode reply = api.json().createObjectNode();
    reply.put("message", "Here is my selfie, and the addresses I log in from");
    reply.putArray("documents").add(api.document("SELFIE", null));
    reply.putObject("details").putArray("recentIps").add("203.0.113.24").add("198.51.100.77");
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);
    assertThat(reset).as("the reply runs the takeover checks again").isWaitingAt("Task_CompareLoginHistory");

    engine.runDueJobs();
    assertThat(reset).isWaitingAt("Task_ReviewReset");
    assertThat(reset).variables().containsEntry(TwoFactorVariables.DOCUMENTS_COMPLETE, true);
    assertThat(text(reset, TwoFactorVariables.LOGIN_CHECK_NOTE)).contains("2 of the 2 IP addresses the customer lists appear in the login history");
  }

  @Test
  void missingDocumentsWithoutAReplyAreRemindedAndTheCaseClosed() {
    String caseNumber = api.openCase(TwoFactorRequests.withoutSelfieAndSessions(api, CLEAN, "tr"));
    ProcessInstance reset = instance(caseNumber);
    engine.runDueJobs();
    assertThat(reset).isWaitingAt("CallActivity_WaitForCustomerReply");

    engine.advance(Duration.ofDays(3).plusMinutes(1));
    assertThat(templates(api.view(caseNumber))).containsExactly("two-factor-documents-missing", "reply-reminder");

    engine.advance(Duration.ofDays(4));
    assertThat(reset).isEnded().hasNotPassed("Task_ReviewReset");
    assertThat(engine.process(caseNumber, "case-lifecycle")).isEnded().hasPassed("Task_NotifyClosedNoReply", "Task_CloseCaseNoReply");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("NO_CUSTOMER_REPLY");
    assertThat(ledger.profile(CLEAN).orElseThrow().twoFactorEnabled()).as("nothing reset").isTrue();
  }

  @Test
  void aSuspectedTakeoverLocksWithdrawalsBeforeAnyUserTaskExists() {
    String caseNumber = api.openCase(reset(api, WITHDREW_AFTER_LOSS, "ru"));
    ProcessInstance reset = instance(caseNumber);

    runNextJob(caseNumber); // compare with the login history
    runNextJob(caseNumber); // withdrawals and security changes since the loss
    assertThat(reset).isWaitingAt("Task_LockWithdrawalsTakeover");
    assertThat(reset).variables().containsEntry(TwoFactorVariables.SUSPECTED_TAKEOVER, true).containsEntry(TwoFactorVariables.NEW_ADDRESS_WITHDRAWALS, 1);
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().withdrawalsLockedUntil()).isNull();
    assertThat(openTasks(caseNumber)).isZero();

    runNextJob(caseNumber); // the lock
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().withdrawalsLockedUntil())
        .as("locked at once, for the takeover lock's time").isEqualTo(OPENED.plus(Duration.ofDays(30)));
    assertThat(openTasks(caseNumber)).as("no person has acted or been asked yet").isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

    engine.runDueJobs();
    assertThat(reset).isWaitingAt("Task_ReviewReset");
    Task review = task(reset);
    assertThat(review).hasCandidateGroup("security");
    assertThat(review.getPriority()).as("a suspected takeover tops the security queue").isEqualTo(95);
    assertThat(api.view(caseNumber).get("priority").asInt()).isEqualTo(95);
    assertThat(reset).variables().containsEntry(TwoFactorVariables.RISK, "HIGH").containsEntry(TwoFactorVariables.RISK_REASONS, "SUSPECTED_TAKEOVER");
    assertThat(text(reset, TwoFactorVariables.TAKEOVER_NOTE)).startsWith("ПОДОЗРЕНИЕ НА ВЗЛОМ: с 2026-11-27 выводов на новые адреса: 1");
    assertThat(text(reset, TwoFactorVariables.ACTIVITY_NOTE))
        .contains("0.9 ETH в сети ETHEREUM на НОВЫЙ адрес 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955");
    assertThat(text(reset, TwoFactorVariables.ON_CHAIN_NOTE)).contains("WDR-20261128-0238: подтверждён в ETHEREUM, подтверждений: 1450; средства ушли");
    assertThat(text(reset, TwoFactorVariables.WITHDRAWAL_LOCK_NOTE)).startsWith("Заблокировано автоматически 2026-12-01 10:00 UTC");

    engine.as("security1", () -> taskService.complete(review.getId(), withVariables(
        "decision", "REJECT", "reasonCode", "ACCOUNT_ACTIVITY_UNEXPLAINED", "comment", "The customer cannot explain the withdrawal of Nov 28")));
    assertThat(reset).isEnded().hasPassed("Task_NotifyRejectedLocked", "Task_RecordRejected").hasNotPassed("Task_ResetTwoFactor");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("ACCOUNT_ACTIVITY_UNEXPLAINED");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("two-factor-rejected-locked");
    assertThat(view.at("/notifications/0/body").asText()).contains("вывод средств останется заблокированным до 2026-12-31 10:00 (UTC)");
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().withdrawalsLockedUntil()).as("the lock stays").isNotNull();
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().twoFactorEnabled()).isTrue();
  }

  @Test
  void anApprovedTakeoverCaseTradesTheTakeoverLockForTheLockAfterTheReset() {
    ProcessInstance reset = atReview(reset(api, WITHDREW_AFTER_LOSS, "en"));
    String caseNumber = reset.getBusinessKey();
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().withdrawalsLockedUntil()).isEqualTo(OPENED.plus(Duration.ofDays(30)));

    engine.advance(Duration.ofHours(2));
    decide(reset, "decision", "APPROVE", "comment", "Called the customer: the withdrawal was theirs");
    String second = task(reset).getId();
    engine.as("supervisor1", () -> taskService.complete(second, withVariables("decision", "APPROVE", "comment", "Agreed")));
    engine.runDueJobs();

    assertThat(reset).isEnded().hasPassed("Task_ResetTwoFactor");
    Instant after = OPENED.plus(Duration.ofHours(2)).plus(Duration.ofHours(48));
    assertThat(ledger.profile(WITHDREW_AFTER_LOSS).orElseThrow().withdrawalsLockedUntil()).isEqualTo(after);
    assertThat(jdbc.sql("select count(*) from ledger_withdrawal_lock where case_number = :n").param("n", caseNumber).query(Integer.class).single())
        .as("one lock per case").isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}, from {1}: {2} {3}")
  @CsvSource({
    CLEAN + ",                  203.0.113.24,  LOW,  ''",
    CLEAN + ",                  198.18.0.9,    HIGH, NEW_IP",
    RECENT_PASSWORD_CHANGE + ", 198.51.100.140, HIGH, RECENT_SECURITY_CHANGE",
    INSTITUTIONAL + ",          192.0.2.45,    HIGH, 'TIER,LARGE_BALANCE'",
  })
  void theRiskDecisionGivesLowOrHighWithItsReasons(String uid, String requestIp, String risk, String reasons) {
    ObjectNode request = reset(api, uid, "en");
    details(request).put("requestIp", requestIp);
    ProcessInstance reset = atReview(request);

    assertThat(reset).variables().containsEntry(TwoFactorVariables.RISK, risk).containsEntry(TwoFactorVariables.RISK_REASONS, reasons);
    String note = text(reset, TwoFactorVariables.RISK_NOTE);
    switch (reasons) {
      case "NEW_IP" -> assertThat(note).contains("- the request IP 198.18.0.9 never logged in to this account");
      case "RECENT_SECURITY_CHANGE" -> assertThat(note).contains("- the last security change was 20 days ago");
      case "TIER,LARGE_BALANCE" -> assertThat(note).contains("- tier INSTITUTIONAL", "- large balance: 587000.00 USD");
      default -> assertThat(note).startsWith("LOW: no risk factor.");
    }
  }

  @Test
  void aHighRiskResetNeedsASecondApprovalByASupervisor() {
    ProcessInstance reset = atReview(reset(api, INSTITUTIONAL, "en"));
    decide(reset, "decision", "APPROVE", "comment", "Video call with the treasurer");

    assertThat(reset).isWaitingAt("Task_SecondApproval");
    Task second = task(reset);
    assertThat(second).hasCandidateGroup("supervisors");
    assertThat(second.getName()).isEqualTo("Approve high-risk 2FA reset (second approval)");
    assertThat(formService.getTaskFormData(second.getId()).getCamundaFormRef().getKey()).isEqualTo("two-factor-second-approval-en");
    assertThat(taskService.getVariable(second.getId(), "decision")).as("the second approval starts blank").isNull();
    assertThat(ledger.profile(INSTITUTIONAL).orElseThrow().twoFactorEnabled()).as("nothing happens on one approval").isTrue();

    engine.as("supervisor1", () -> taskService.complete(second.getId(), withVariables("decision", "APPROVE", "comment", "Confirmed")));
    engine.runDueJobs();
    assertThat(reset).isEnded().hasPassed("Task_ResetTwoFactor", "Event_TwoFactorReset");
    assertThat(historic(reset, CaseVariables.REVIEWED_BY)).isEqualTo("security1");
    assertThat(historic(reset, CaseVariables.SECOND_APPROVAL_BY)).isEqualTo("supervisor1");
    assertThat(ledger.profile(INSTITUTIONAL).orElseThrow().twoFactorEnabled()).isFalse();
  }

  @Test
  void theSamePersonCannotGiveBothApprovalsThroughTheJavaApiOrEngineRest() {
    // security1 also works as a supervisor here, so could review the reset and then try to approve it again.
    identityService.createMembership("security1", "supervisors");
    try {
      ProcessInstance reset = atReview(reset(api, INSTITUTIONAL, "en"));
      decide(reset, "decision", "APPROVE", "comment", "Documents match");
      String second = task(reset).getId();

      assertThatThrownBy(() -> engine.as("security1", () -> taskService.claim(second, "security1")))
          .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Four eyes");
      assertThatThrownBy(() -> engine.as("security1", () -> taskService.complete(second, withVariables("decision", "APPROVE"))))
          .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Four eyes");

      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<JsonNode> response = rest.withBasicAuth("security1", CaseApi.DEMO_PASSWORD).exchange(
          "/engine-rest/task/" + second + "/complete", HttpMethod.POST,
          new HttpEntity<>("{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"comment\":{\"value\":\"me again\"}}}", headers), JsonNode.class);
      assertThat(response.getStatusCode().value()).isEqualTo(400);
      assertThat(response.getBody().toString()).contains("Four eyes");

      assertThat(reset).isWaitingAt("Task_SecondApproval");
      assertThat(ledger.profile(INSTITUTIONAL).orElseThrow().twoFactorEnabled()).isTrue();
      engine.as("supervisor1", () -> taskService.complete(second, withVariables("decision", "APPROVE")));
      engine.runDueJobs();
      assertThat(reset).isEnded().hasPassed("Task_ResetTwoFactor");
    } finally {
      identityService.deleteMembership("security1", "supervisors");
    }
  }

  @Test
  void aSupervisorCanRejectAHighRiskReset() {
    ProcessInstance reset = atReview(reset(api, INSTITUTIONAL, "zh-CN"));
    String caseNumber = reset.getBusinessKey();
    decide(reset, "decision", "APPROVE");
    String second = task(reset).getId();
    engine.as("supervisor1", () -> taskService.complete(second, withVariables(
        "decision", "REJECT", "reasonCode", "IDENTITY_MISMATCH", "comment", "The passport is not the director's")));

    assertThat(reset).isEnded().hasPassed("Task_NotifyRejected").hasNotPassed("Task_LockWithdrawals");
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("IDENTITY_MISMATCH");
    assertThat(view.at("/notifications/0/body").asText()).contains("原因：身份证件与账户持有人不符");
  }

  @Test
  void aRejectionTellsTheCustomerTheReasonInTheirLanguage() {
    String caseNumber = approvedOrRejected(CLEAN, "vi", "REJECT", "LIVENESS_FAILED");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("LIVENESS_FAILED");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("two-factor-rejected");
    assertThat(view.at("/notifications/0/body").asText()).contains("Lý do: ảnh selfie không vượt qua kiểm tra người thật hoặc không khớp với giấy tờ");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isNull();
    assertThat(engine.find(caseNumber, LOCK_PROCESS)).isEmpty();
  }

  @Test
  void aRequestForInformationWaitsForTheCustomerAndComesBackToReview() {
    ProcessInstance reset = atReview(reset(api, CLEAN, "en"));
    String caseNumber = reset.getBusinessKey();
    decide(reset, "decision", "REQUEST_INFO", "reasonCode", "DOCUMENT_UNREADABLE");

    assertThat(reset).isWaitingAt("CallActivity_WaitForCustomerReply").hasPassed("Task_RequestMoreInformation");
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("a document is unreadable or cropped");
    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null));
    api.reply(caseNumber, reply);
    engine.runDueJobs();
    assertThat(reset).isWaitingAt("Task_ReviewReset");
  }

  @Test
  void anExpiredIdentityDocumentCannotBeApproved() {
    ObjectNode request = reset(api, CLEAN, "en");
    details(request).with("identityDocument").put("expiresOn", "2026-10-31");
    ProcessInstance reset = atReview(request);
    assertThat(reset).variables().containsEntry(TwoFactorVariables.DOCUMENT_EXPIRED, true);
    assertThat(text(reset, TwoFactorVariables.DOCUMENT_NOTE)).isEqualTo("EXPIRED on 2026-10-31: it cannot confirm the identity");

    String review = task(reset).getId();
    assertThatThrownBy(() -> engine.as("security1", () -> taskService.complete(review, withVariables("decision", "APPROVE"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("expired");
    assertThat(reset).isWaitingAt("Task_ReviewReset");
  }

  @Test
  void aBackOfficeDownDuringTheLockGivesRetriesThenAnIncidentAndARetryFinishesTheCase() {
    ProcessInstance reset = atReview(reset(api, CLEAN, "en"));
    String caseNumber = reset.getBusinessKey();
    decide(reset, "decision", "APPROVE");

    Incident incident = incidentWhileBackOfficeIsDown(reset);
    assertThat(incident.getActivityId()).isEqualTo("Task_LockWithdrawals");
    assertThat(incident.getIncidentMessage()).contains("down for maintenance");
    assertThat(ledger.profile(CLEAN).orElseThrow().twoFactorEnabled()).as("no reset without its lock").isTrue();
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");

    engine.retryAsCockpitDoes(incident);
    assertThat(reset).isEnded().hasPassed("Task_ResetTwoFactor", "Task_RecordReset");
    AccountProfile profile = ledger.profile(CLEAN).orElseThrow();
    assertThat(profile.twoFactorEnabled()).isFalse();
    assertThat(profile.withdrawalsLockedUntil()).isEqualTo(engine.now().plus(Duration.ofHours(48)));
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
  }

  @Test
  void aResetThatHadToWaitMovesTheLockToAFullLockPeriodAfterIt() {
    ProcessInstance reset = atReview(reset(api, CLEAN, "en"));
    decide(reset, "decision", "APPROVE");
    runNextJob(reset.getBusinessKey()); // the lock holds
    assertThat(reset).isWaitingAt("Task_ResetTwoFactor");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isEqualTo(OPENED.plus(Duration.ofHours(48)));

    Incident incident = incidentWhileBackOfficeIsDown(reset);
    assertThat(incident.getActivityId()).isEqualTo("Task_ResetTwoFactor");
    engine.moveClock(Duration.ofHours(5));
    engine.retryAsCockpitDoes(incident);

    Instant resetAt = engine.now();
    assertThat(reset).isEnded();
    assertThat(historic(reset, TwoFactorVariables.TWO_FACTOR_RESET_AT)).isEqualTo(resetAt.toString());
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isEqualTo(resetAt.plus(Duration.ofHours(48)));
    assertThat(api.view(reset.getBusinessKey()).at("/notifications/0/body").asText()).contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(resetAt.plus(Duration.ofHours(48))));
    Job lift = managementService.createJobQuery().processInstanceId(engine.process(reset.getBusinessKey(), LOCK_PROCESS).getId()).singleResult();
    assertThat(lift.getDuedate().toInstant()).as("the lock's timer runs from the reset").isEqualTo(resetAt.plus(Duration.ofHours(48)));
  }

  @Test
  void aBackOfficeDownWhenTheLockEndsGivesRetriesThenAnIncidentAndARetryLiftsIt() {
    String caseNumber = approvedLowRisk(CLEAN, "en");
    ProcessInstance lock = engine.process(caseNumber, LOCK_PROCESS);
    engine.moveClock(Duration.ofHours(48));

    engine.runDueJobsAllowingFailures(); // only the timer, which was due: lifting is a job of its own
    assertThat(lock).isWaitingAt("Task_LiftWithdrawalLock");
    Incident incident = incidentWhileBackOfficeIsDown(lock);
    assertThat(incident.getActivityId()).isEqualTo("Task_LiftWithdrawalLock");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).as("still locked").isNotNull();
    assertThat(templates(api.view(caseNumber))).containsExactly("two-factor-reset-done");

    engine.retryAsCockpitDoes(incident);
    assertThat(lock).isEnded().hasPassed("Task_NotifyWithdrawalsUnlocked");
    assertThat(ledger.profile(CLEAN).orElseThrow().withdrawalsLockedUntil()).isNull();
    assertThat(templates(api.view(caseNumber))).containsExactly("two-factor-reset-done", "two-factor-withdrawals-unlocked");
  }

  private String approvedLowRisk(String uid, String locale) {
    return approvedOrRejected(uid, locale, "APPROVE", null);
  }

  private String approvedOrRejected(String uid, String locale, String decision, String reasonCode) {
    ProcessInstance reset = atReview(reset(api, uid, locale));
    if (reasonCode == null) {
      decide(reset, "decision", decision);
    } else {
      decide(reset, "decision", decision, "reasonCode", reasonCode, "comment", "Checked by security");
    }
    engine.runDueJobs();
    assertThat(reset).isEnded();
    return reset.getBusinessKey();
  }

  /** The back office is down while the instance's due job uses up its retries; answers the incident Cockpit shows. */
  private Incident incidentWhileBackOfficeIsDown(ProcessInstance instance) {
    backOffice.goDown();
    try {
      return engine.failUntilIncident(instance.getId());
    } finally {
      backOffice.comeBack();
    }
  }

  /** Opens the request and runs the takeover checks and the risk decision: the reset waits for security's review. */
  private ProcessInstance atReview(ObjectNode request) {
    ProcessInstance reset = instance(api.openCase(request));
    engine.runDueJobs();
    assertThat(reset).isWaitingAt("Task_ReviewReset");
    return reset;
  }

  /** security1 completes the review with these fields, as name and value pairs. */
  private void decide(ProcessInstance reset, Object... fields) {
    Map<String, Object> variables = new java.util.HashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      variables.put((String) fields[i], fields[i + 1]);
    }
    String review = task(reset).getId();
    engine.as("security1", () -> taskService.complete(review, variables));
  }

  /** Runs the one job the case has due now, as the job executor would, and fails if there is none or more. */
  private void runNextJob(String caseNumber) {
    List<Job> due = engine.dueJobs();
    assertThat(due).as("due jobs of " + caseNumber).hasSize(1);
    managementService.executeJob(due.get(0).getId());
  }

  private long openTasks(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count();
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, PROCESS);
  }

  private String text(ProcessInstance instance, String name) {
    return (String) runtimeService.getVariable(instance.getId(), name);
  }

  private Object historic(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  static List<String> templates(JsonNode view) {
    return view.get("notifications").findValuesAsText("template");
  }
}
