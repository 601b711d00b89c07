package io.casedesk.kyc;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static io.casedesk.support.CaseApi.UID_MARIA;
import static io.casedesk.support.CaseApi.UID_OLGA;
import static io.casedesk.support.CaseApi.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/kyc-verification.bpmn, driven through the case API and the engine's clock. */
@CaseDeskTest
@TestClock("2026-03-02T09:00:00Z")
class KycVerificationProcessTests {

  /** A demo account no other test verifies. */
  static final String UNVERIFIED_UID = "10000017";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LedgerPort ledger;
  @Autowired io.casedesk.ledger.EmbeddedBackOffice backOffice;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Test
  void completeApplicationIsReviewedApprovedAndSetsTheKycLevel() {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    ProcessInstance kyc = instance(caseNumber);

    assertThat(kyc).isWaitingAt("Task_ReviewApplication")
        .hasPassed("Task_CheckDocumentExpiry", "Task_CheckApplicantAge", "Task_CheckDuplicateIdentity", "Task_ScreenSanctionsAndPep");
    assertThat(kyc).task().hasCandidateGroup("kycEn");
    assertThat(formService.getTaskFormData(task(kyc).getId()).getCamundaFormRef().getKey()).isEqualTo("kyc-review-en");
    assertThat(kyc).variables()
        .containsEntry(KycVariables.DOCUMENT_EXPIRED, false)
        .containsEntry(KycVariables.APPLICANT_UNDERAGE, false)
        .containsEntry(KycVariables.DUPLICATE_IDENTITY, false)
        .containsEntry(KycVariables.SCREENING_HIT, false);
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");

    String review = task(kyc).getId();
    engine.as("kyc1", () -> {
      taskService.claim(review, "kyc1");
      taskService.complete(review, withVariables("decision", "APPROVE", "comment", "Passport and selfie match"));
    });

    assertThat(kyc).isWaitingAt("Task_SetKycLevel"); // asynchronous: the ledger may be down
    engine.runDueJobs();

    assertThat(kyc).isEnded().hasPassed("Task_NotifyApproved", "Task_ResolveApproved", "Event_KycApproved");
    assertThat(ledger.findAccount(UID_LI_WEI).orElseThrow().kycLevel()).isEqualTo(1);
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("APPROVED");
    assertThat(view.at("/sla/firstResponse/metAt").isMissingNode()).isFalse();
    assertThat(templates(view)).containsExactly("kyc-approved");
    assertThat(view.get("openSteps")).isEmpty();
  }

  @Test
  void missingDocumentsAreAskedFromTheCustomerAndTheReplyContinuesTheCase() {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    details(request).putArray("documents").add(api.document("ID_FRONT", null));
    details(request).with("identityDocument").put("type", "NATIONAL_ID");
    String caseNumber = api.openCase(request);
    ProcessInstance kyc = instance(caseNumber);

    assertThat(kyc).isWaitingAt("CallActivity_WaitForCustomerReply");
    assertThat(kyc).variables().containsEntry(KycVariables.MISSING_DOCUMENTS, "ID_BACK,SELFIE");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(view.at("/openSteps/0/kind").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    JsonNode notification = view.at("/notifications/0");
    assertThat(notification.get("template").asText()).isEqualTo("kyc-documents-missing");
    assertThat(notification.get("body").asText()).contains("back of your identity card", "a selfie holding your identity document");

    ObjectNode reply = api.json().createObjectNode();
    reply.put("message", "Here are the missing photos");
    reply.putArray("documents").add(api.document("ID_BACK", null)).add(api.document("SELFIE", null));
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);

    assertThat(kyc).isWaitingAt("Task_ReviewApplication").hasPassed("CallActivity_WaitForCustomerReply");
    assertThat(engine.process(caseNumber, "customer-reply-wait")).isEnded().hasPassed("Task_ApplyCustomerReply");
    assertThat(kyc).variables().containsEntry(KycVariables.DOCUMENTS_COMPLETE, true);
    assertThat((String) runtimeService.getVariable(kyc.getId(), KycVariables.DOCUMENTS_SUMMARY)).contains("Identity card (front)", "Identity card (back)", "Selfie");
  }

  @Test
  void levelTwoNeedsARecentProofOfAddress() {
    ObjectNode request = api.kycCase(UID_LI_WEI, "en");
    details(request).put("level", 2);
    details(request).withArray("documents").add(api.document("PROOF_OF_ADDRESS", LocalDate.parse("2025-10-15")));
    String caseNumber = api.openCase(request);

    assertThat(instance(caseNumber)).isWaitingAt("CallActivity_WaitForCustomerReply");
    assertThat(instance(caseNumber)).variables().containsEntry(KycVariables.MISSING_DOCUMENTS, "PROOF_OF_ADDRESS");

    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PROOF_OF_ADDRESS", LocalDate.parse("2026-02-01")));
    api.reply(caseNumber, reply);
    assertThat(instance(caseNumber)).isWaitingAt("Task_ReviewApplication");
  }

  @Test
  void aSilentCustomerIsRemindedAndTheCaseClosedAfterTheConfiguredDays() {
    ObjectNode request = api.kycCase(UID_MARIA, "en");
    details(request).putArray("documents");
    String caseNumber = api.openCase(request);
    ProcessInstance kyc = instance(caseNumber);
    assertThat(kyc).isWaitingAt("CallActivity_WaitForCustomerReply");

    engine.advance(Duration.ofDays(3).plusMinutes(1));
    assertThat(kyc).isWaitingAt("CallActivity_WaitForCustomerReply");
    assertThat(engine.process(caseNumber, "customer-reply-wait")).hasPassed("Task_SendReplyReminder");
    assertThat(templates(api.view(caseNumber))).containsExactly("kyc-documents-missing", "reply-reminder");

    engine.advance(Duration.ofDays(4));
    assertThat(kyc).isEnded();
    assertThat(lifecycle(caseNumber)).isEnded().hasPassed("Task_NotifyClosedNoReply", "Task_CloseCaseNoReply");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("NO_CUSTOMER_REPLY");
    assertThat(templates(view)).endsWith("case-closed-no-reply");
    // A reply to the closed case is not lost: it opens a new case that follows up this one (README, Support KPIs).
    var followUp = api.reply(caseNumber, Map.of("message", "sorry, too late?"));
    assertThat(followUp.getStatusCode().value()).isEqualTo(201);
    assertThat(followUp.getBody().get("previousCase").asText()).isEqualTo(caseNumber);
  }

  @Test
  void rejectionRecordsTheReasonAndTellsTheCustomer() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    String review = task(kyc).getId();

    assertThatThrownBy(() -> engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REJECT", "reasonCode", "SELFIE_MISMATCH"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("comment");
    engine.as("kyc1", () -> taskService.complete(
        review, withVariables("decision", "REJECT", "reasonCode", "SELFIE_MISMATCH", "comment", "Different person on the selfie")));

    assertThat(kyc).isEnded().hasPassed("Task_NotifyRejected", "Task_RejectCase").hasNotPassed("Task_SetKycLevel");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("SELFIE_MISMATCH");
    assertThat(view.at("/notifications/0/body").asText()).contains("the selfie does not match the document");
  }

  @Test
  void requestForInformationWaitsForTheCustomerAndReturnsToReview() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    String review = task(kyc).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REQUEST_INFO", "reasonCode", "DOCUMENT_UNREADABLE")));

    assertThat(kyc).isWaitingAt("CallActivity_WaitForCustomerReply").hasPassed("Task_RequestMoreInformation");
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("a document is unreadable or cropped");

    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null));
    api.reply(caseNumber, reply);
    assertThat(kyc).isWaitingAt("Task_ReviewApplication");
  }

  @Test
  void failedHardChecksForbidApproval() {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    details(request).with("identityDocument").put("expiresOn", "2025-12-31");
    details(request).with("applicant").put("dateOfBirth", "2009-05-01");
    ProcessInstance kyc = instance(api.openCase(request));
    assertThat(kyc).variables().containsEntry(KycVariables.DOCUMENT_EXPIRED, true).containsEntry(KycVariables.APPLICANT_UNDERAGE, true);
    assertThat((String) runtimeService.getVariable(kyc.getId(), KycVariables.APPLICANT_AGE_NOTE)).startsWith("FAILED: 16 years old");

    String review = task(kyc).getId();
    assertThatThrownBy(() -> engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("expired")
        .hasMessageContaining("under 18");
    assertThat(kyc).isWaitingAt("Task_ReviewApplication");
  }

  @Test
  void aDocumentAlreadyVerifiedForAnotherAccountIsADuplicateIdentity() {
    ObjectNode first = api.kycCase(UID_LI_WEI, "en");
    ProcessInstance approved = instance(api.openCase(first));
    String review = task(approved).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE")));
    engine.runDueJobs();
    assertThat(approved).isEnded();

    ObjectNode second = api.kycCase(UNVERIFIED_UID, "en");
    details(second).set("identityDocument", details(first).get("identityDocument"));
    ProcessInstance duplicate = instance(api.openCase(second));
    assertThat(duplicate).variables().containsEntry(KycVariables.DUPLICATE_IDENTITY, true);
    assertThat((String) runtimeService.getVariable(duplicate.getId(), KycVariables.DUPLICATE_IDENTITY_NOTE)).contains(UID_LI_WEI);
  }

  @Test
  void twoParallelApplicationsWithOneDocumentAreNotBothApproved() {
    ObjectNode first = api.kycCase(UID_LI_WEI, "en");
    ObjectNode second = api.kycCase(UNVERIFIED_UID, "en");
    details(second).set("identityDocument", details(first).get("identityDocument"));
    Map<String, Integer> levelsBefore = Map.of(
        UID_LI_WEI, ledger.findAccount(UID_LI_WEI).orElseThrow().kycLevel(),
        UNVERIFIED_UID, ledger.findAccount(UNVERIFIED_UID).orElseThrow().kycLevel());
    ProcessInstance one = instance(api.openCase(first));
    ProcessInstance other = instance(api.openCase(second));
    assertThat(other).variables().containsEntry(KycVariables.DUPLICATE_IDENTITY, false); // nothing approved yet

    for (ProcessInstance kyc : List.of(one, other)) {
      String review = task(kyc).getId();
      engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE")));
    }
    assertThat(engine.runDueJobsAllowingFailures()).isEqualTo(1);
    for (int retry = 0; retry < 2; retry++) {
      engine.moveClock(Duration.ofMinutes(1).plusSeconds(1));
      engine.runDueJobsAllowingFailures();
    }

    // Whichever job runs first verifies the document; the other case stops with an incident for a person.
    List<ProcessInstance> ended = List.of(one, other).stream().filter(kyc -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(kyc.getId()).finished().count() == 1).toList();
    assertThat(ended).hasSize(1);
    ProcessInstance stopped = ended.get(0) == one ? other : one;
    var incident = runtimeService.createIncidentQuery().processInstanceId(stopped.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("verified for another account");
    String stoppedUid = stopped == one ? UID_LI_WEI : UNVERIFIED_UID;
    assertThat(ledger.findAccount(stoppedUid).orElseThrow().kycLevel()).as("the stopped case's account keeps its level")
        .isEqualTo(levelsBefore.get(stoppedUid));
  }

  @Test
  void aBackOfficeThatIsDownGivesRetriesThenAnIncidentAndARetryFinishesTheCase() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    String review = task(kyc).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE")));

    org.camunda.bpm.engine.runtime.Incident incident;
    backOffice.goDown();
    try {
      incident = engine.failUntilIncident(kyc.getId());
    } finally {
      backOffice.comeBack();
    }
    assertThat(incident.getActivityId()).isEqualTo("Task_SetKycLevel");
    assertThat(incident.getIncidentMessage()).contains("down for maintenance");
    assertThat(api.view(caseNumber).get("status").asText()).as("approved, not yet resolved").isEqualTo("IN_REVIEW");

    engine.retryAsCockpitDoes(incident);
    assertThat(kyc).isEnded().hasPassed("Task_ResolveApproved");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
  }

  @Test
  void aWatchlistHitNeedsASecondApprovalByAnotherComplianceOfficer() {
    // compliance1 also works the English KYC queue, so could review the case and then try to approve it too.
    identityService.createMembership("compliance1", "kycEn");
    try {
      secondApprovalByAnotherComplianceOfficer();
    } finally {
      identityService.deleteMembership("compliance1", "kycEn");
    }
  }

  private void secondApprovalByAnotherComplianceOfficer() {
    ObjectNode request = watchlisted();
    request.put("locale", "en");
    ProcessInstance kyc = instance(api.openCase(request));
    assertThat(kyc).variables().containsEntry(KycVariables.SCREENING_HIT, true);
    assertThat((String) runtimeService.getVariable(kyc.getId(), KycVariables.SCREENING_NOTE)).contains("PEP", "DEMO-PEP-0002");

    String review = task(kyc).getId();
    engine.as("compliance1", () -> taskService.complete(review, withVariables("decision", "APPROVE", "comment", "Former official, low risk")));
    assertThat(kyc).isWaitingAt("Task_ComplianceApproval");
    Task second = task(kyc);
    assertThat(second).hasCandidateGroup("compliance");
    assertThat(taskService.getVariable(second.getId(), "decision")).as("second approval starts blank").isNull();

    assertThatThrownBy(() -> engine.as("compliance1", () -> taskService.claim(second.getId(), "compliance1")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Four eyes");
    assertThatThrownBy(() -> engine.as("compliance1", () -> taskService.complete(second.getId(), withVariables("decision", "APPROVE"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Four eyes");
    assertThatThrownBy(() -> taskService.complete(second.getId(), withVariables("decision", "APPROVE")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("signed-in");

    engine.as("compliance2", () -> taskService.complete(second.getId(), withVariables("decision", "APPROVE", "comment", "Cleared")));
    engine.runDueJobs();
    assertThat(kyc).isEnded().hasPassed("Task_SetKycLevel", "Event_KycApproved");
    assertThat(historicVariable(kyc, CaseVariables.SECOND_APPROVAL_BY)).isEqualTo("compliance2");
    assertThat(historicVariable(kyc, CaseVariables.REVIEWED_BY)).isEqualTo("compliance1");
  }

  @Test
  void complianceCanRejectAFlaggedApplication() {
    ProcessInstance kyc = instance(api.openCase(watchlisted()));
    String review = task(kyc).getId();
    engine.as("agentVi", () -> taskService.complete(review, withVariables("decision", "APPROVE")));
    String second = task(kyc).getId();
    engine.as("compliance1", () -> taskService.complete(
        second, withVariables("decision", "REJECT", "reasonCode", "SANCTIONS_MATCH", "comment", "Confirmed match")));

    assertThat(kyc).isEnded().hasPassed("Task_RejectCase").hasNotPassed("Task_SetKycLevel");
    assertThat(api.view(kyc.getBusinessKey()).at("/outcome/reason").asText()).isEqualTo("SANCTIONS_MATCH");
  }

  private ObjectNode watchlisted() {
    ObjectNode request = api.kycCase(UID_MARIA, "vi-VN");
    ObjectNode applicant = details(request).with("applicant");
    applicant.put("firstName", "Hoàng");
    applicant.put("lastName", "Nguyễn Văn");
    applicant.put("dateOfBirth", "1969-08-05");
    return request;
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, "kyc-verification");
  }

  private ProcessInstance lifecycle(String caseNumber) {
    return engine.process(caseNumber, "case-lifecycle");
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  static List<String> templates(JsonNode view) {
    return view.get("notifications").findValuesAsText("template");
  }
}
