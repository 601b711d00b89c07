package io.casedesk.withdrawallimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import java.time.Duration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of processes/withdrawal-limit-increase.bpmn, opened through the case API on the crafted
 * demo accounts 10000050-10000064 (db/demo/V13_1): decided without a person, declined, in need of a
 * KYC level, reviewed by kyc or compliance (four eyes above the ceiling), asked about, and a ledger
 * that is down. The clock stands on 8 December 2026: 10000057 reset 2FA five days before.
 */
@CaseDeskTest
@ExtendWith(LimitRequestsTestSupport.KeepsDemoLimits.class)
@TestClock(WithdrawalLimitProcessTests.NOW)
class WithdrawalLimitProcessTests {

  static final String NOW = "2026-12-08T10:00:00Z";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TestCases cases;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired LimitRequestsTestSupport limits;

  // ---- decided without a person ----------------------------------------------------------

  @Test
  void aSmallIncreaseOfAVerifiedAccountIsAppliedAndToldWithoutAPerson() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    ProcessInstance request = limits.instance(caseNumber);
    assertThat(request).as("the ledger is read in a job of its own").isWaitingAt("Task_GatherAccountFacts");
    engine.runDueJobs();

    assertThat(request).isEnded().hasPassed("Task_DecideAutomatically", "Task_SetDailyLimit", "Task_NotifyLimitRaised", "Task_RecordApproved");
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("20000");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).count()).as("no person involved").isZero();
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("APPROVED");
    assertThat(view.at("/sla/firstResponse/state").asText()).as("nobody had to respond").isEqualTo("STOPPED");
    assertThat(view.get("notifications")).hasSize(1);
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("limit-raised");
    assertThat(view.at("/notifications/0/body").asText()).contains("20,000 USD", "15,000 USD", caseNumber);
  }

  @Test
  void everyAutomaticDecisionIsExplainedOnTheCaseAndInTheDecisionHistory() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    engine.runDueJobs();

    // The engine's decision history (Cockpit) links the evaluation to the case's process and step.
    HistoricDecisionInstance evaluated = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(limits.instance(caseNumber).getId()).decisionDefinitionKey("withdrawal-limit").includeInputs().includeOutputs()
        .singleResult();
    assertThat(evaluated.getActivityId()).isEqualTo("Task_DecideAutomatically");
    assertThat(evaluated.getOutputs()).allSatisfy(o -> assertThat(o.getRuleId()).isEqualTo("Rule_WithinCeiling"));

    // The case explains it in words, and so does the desk's API.
    String explanation = (String) limits.historic(caseNumber, WithdrawalLimitVariables.DECISION_EXPLANATION);
    assertThat(explanation).contains("Rule 14 of 14 (Rule_WithinCeiling)", "decision = APPROVE", "Account status = ACTIVE",
        "Security changes in the last 30 days = 0", "Requested daily limit (USD) = 20000", "Requested ÷ current daily limit = 1.3334",
        "Withdrawals sent in the last 90 days = 3");
    JsonNode decision = limits.decision(caseNumber);
    assertThat(decision.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(decision.get("reason").asText()).isEqualTo("WITHIN_LEVEL_CEILING");
    assertThat(decision.at("/rule/id").asText()).isEqualTo("Rule_WithinCeiling");
    assertThat(decision.at("/rule/order").asInt()).isEqualTo(14);
    assertThat(decision.at("/rule/description").asText()).contains("within its level's ceiling");
    assertThat(decision.at("/inputs/0/label").asText()).as("in the table's column order").isEqualTo("Account status");
    assertThat(decision.get("inputs")).hasSize(14);
    assertThat(decision.get("explanation").asText()).isEqualTo(explanation);
    assertThat(decision.get("appliedDailyLimitUsd").decimalValue()).isEqualByComparingTo("20000");
  }

  @ParameterizedTest(name = "{0} asks {1}: {2}")
  @CsvSource({
    "10000053, 60000,  ACCOUNT_NOT_ACTIVE,         frozen",
    "10000064, 20000,  ACCOUNT_NOT_ACTIVE,         closed",
    "10000058, 20000,  TWO_FACTOR_REQUIRED,        turn it on",
    "10000059, 20000,  ACCOUNT_TOO_NEW,            30 days",
    "10000050, 100000, NOT_AN_INCREASE,            not higher",
    "10000063, 400000, ABOVE_PERSONAL_MAXIMUM,     VIP team",
  })
  void isDeclinedWithTheReasonAndTheLimitStays(String uid, String amount, String reason, String told) {
    String before = limits.dailyLimit(uid).toPlainString();
    String caseNumber = api.openCase(limits.request(uid, amount));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasPassed("Task_NotifyDeclined", "Task_RecordDeclined").hasNotPassed("Task_SetDailyLimit");
    assertThat(limits.dailyLimit(uid)).isEqualByComparingTo(before);
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("DECLINED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo(reason);
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("limit-declined");
    assertThat(view.at("/notifications/0/body").asText()).contains(told.equals("frozen") || told.equals("closed") ? "restricted" : told);
    assertThat(limits.decision(caseNumber).get("reason").asText()).isEqualTo(reason);
  }

  @Test
  void aFrozenAccountIsNeverApprovedAutomatically() {
    // Frozen, old, secured, verified at level 2 and asking for little: everything else would approve it.
    String caseNumber = api.openCase(limits.request("10000053", "55000"));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasNotPassed("Task_SetDailyLimit");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("DECLINED");
    assertThat(limits.dailyLimit("10000053")).isEqualByComparingTo("50000");
  }

  @Test
  void anAccountFrozenAfterTheDecisionIsNotRaised() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    ProcessInstance request = limits.instance(caseNumber);
    limits.runJobsOfUntil(caseNumber, () -> request, "Task_SetDailyLimit");
    jdbc.sql("update ledger_account set status = 'FROZEN' where uid = '10000052'").update();
    try {
      engine.runDueJobs();
    } finally {
      jdbc.sql("update ledger_account set status = 'ACTIVE' where uid = '10000052'").update();
    }

    assertThat(request).isEnded().hasPassed("Event_AccountNotActive", "Task_RecordDeclined");
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("15000");
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/code").asText()).isEqualTo("DECLINED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("ACCOUNT_NOT_ACTIVE");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("limit-declined");
  }

  @Test
  void aSecurityChangeInTheLastDaysDeclinesForAWeek() {
    // 10000055 reset 2FA five days ago (a lost phone): the moment a taker-over would ask.
    String caseNumber = api.openCase(limits.request("10000055", "12000"));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasNotPassed("Task_SetDailyLimit", "Task_ReviewRequest");
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("SECURITY_COOL_DOWN");
    assertThat(view.at("/notifications/0/body").asText()).contains("ask again in a week");
    assertThat((String) limits.historic(caseNumber, WithdrawalLimitVariables.DECISION_EXPLANATION))
        .contains("Rule_SecurityCoolDown", "Days since the last security change (empty: none in 30 days) = 5");
    assertThat(limits.dailyLimit("10000055")).isEqualByComparingTo("10000");
  }

  @Test
  void aSecondRequestWhileTheFirstIsReviewedIsDeclined() {
    String first = api.openCase(limits.request("10000057", "15000"));
    engine.runDueJobs();
    assertThat(limits.instance(first)).isWaitingAt("Task_ReviewRequest");

    String second = api.openCase(limits.request("10000057", "12000"));
    engine.runDueJobs();
    assertThat(api.view(second).at("/outcome/reason").asText()).isEqualTo("LIMIT_REQUEST_ALREADY_OPEN");
    assertThat((String) limits.historic(second, WithdrawalLimitVariables.ACCOUNT_SUMMARY)).contains("Other open limit requests: " + first);
  }

  // ---- a higher KYC level -----------------------------------------------------------------

  @Test
  void aLimitAboveTheLevelsCeilingTellsTheCustomerWhichLevelIsNeeded() {
    String caseNumber = api.openCase(limits.request("10000052", "40000", "BUSINESS_PAYMENTS", "es", "STANDARD"));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasPassed("Task_NotifyNeedsKycLevel", "Task_ResolveNeedsKycLevel");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("NEEDS_KYC_LEVEL");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("limit-needs-kyc-level");
    assertThat(view.at("/notifications/0/body").asText()).contains("nivel de verificación 2", "nivel 1", "250.000 USD", "40.000 USD");
    assertThat(limits.decision(caseNumber).get("neededKycLevel").asInt()).isEqualTo(2);
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("15000");
  }

  // ---- reviewed by a person ---------------------------------------------------------------

  @ParameterizedTest(name = "{0} asks {1} ({2}): {3} reviews, {4}")
  @CsvSource({
    "10000057, 15000,  STANDARD, kycEn,        RECENT_SECURITY_CHANGE",
    "10000060, 60000,  VIP,      vipconcierge, NEW_ACCOUNT",
    "10000062, 15000,  STANDARD, kycEn,        LARGE_INCREASE_WITHOUT_HISTORY",
    "10000063, 400000, VIP,      compliance,   ABOVE_CEILING",
  })
  void reachesTheRightQueueWithTheReason(String uid, String amount, String tier, String group, String reason) {
    String caseNumber = api.openCase(limits.request(uid, amount, "TRADING_VOLUME", "en", tier));
    engine.runDueJobs();

    ProcessInstance request = limits.instance(caseNumber);
    assertThat(request).isWaitingAt("Task_ReviewRequest");
    Task review = task(request);
    assertThat(review).hasCandidateGroup(group);
    assertThat(review.getName()).isEqualTo("Review withdrawal-limit request");
    assertThat(taskService.getVariable(review.getId(), WithdrawalLimitVariables.LIMIT_DECISION_REASON)).isEqualTo(reason);
    assertThat((String) taskService.getVariable(review.getId(), WithdrawalLimitVariables.REVIEW_NOTE)).isNotBlank().doesNotContain(reason);
    assertThat((String) taskService.getVariable(review.getId(), WithdrawalLimitVariables.DECISION_EXPLANATION)).contains("decision = REVIEW", reason);
    assertThat(taskService.getVariable(review.getId(), WithdrawalLimitVariables.APPROVED_DAILY_LIMIT_USD)).as("prefilled with the request")
        .isEqualTo(Double.valueOf(amount));
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("limit-in-review");
    assertThat(view.at("/openSteps/0/step").asText()).isEqualTo("Task_ReviewRequest");
    JsonNode decision = limits.decision(caseNumber);
    assertThat(decision.get("decision").asText()).isEqualTo("REVIEW");
    assertThat(decision.get("reviewQueue").asText()).isEqualTo(group.equals("kycEn") ? "kyc" : group);
  }

  @Test
  void anOpenDisputeSendsTheRequestToAPerson() {
    // An open deposit trace of the same customer, not yet decided: a dispute about funds.
    String dispute = api.openCase(api.depositCase("10000051", "ETHEREUM", "ETH",
        "0x0000000000000000000000000000000000000000000000000000000000000bad"));
    String caseNumber = api.openCase(limits.request("10000051", "90000"));
    limits.runJobsOf(caseNumber);

    assertThat(limits.instance(caseNumber)).isWaitingAt("Task_ReviewRequest");
    assertThat(runtimeService.getVariable(limits.instance(caseNumber).getId(), WithdrawalLimitVariables.LIMIT_DECISION_REASON)).isEqualTo("OPEN_DISPUTE");
    assertThat((String) runtimeService.getVariable(limits.instance(caseNumber).getId(), WithdrawalLimitVariables.ACCOUNT_SUMMARY))
        .contains("Open disputes: " + dispute + " DEPOSIT_TRACE (OPEN)");
  }

  @Test
  void aReviewerApprovesALimitUpToTheOneAskedFor() {
    String caseNumber = api.openCase(limits.request("10000057", "20000"));
    engine.runDueJobs();
    String review = task(limits.instance(caseNumber)).getId();

    assertThatThrownBy(() -> engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 25000))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("cannot be higher than the 20000 USD");
    assertThatThrownBy(() -> engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 10000))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("higher than the current daily limit of 10000 USD");
    assertThatThrownBy(() -> engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 12000.555))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("at most 2 decimals");

    engine.as("kyc1", () -> taskService.complete(review,
        withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 15000, "comment", "Customer confirmed the new address by phone")));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasPassed("Task_RecordApprovedLimit", "Task_SetDailyLimit", "Task_RecordApprovedByAgent")
        .hasNotPassed("Task_ComplianceApproval");
    assertThat(limits.dailyLimit("10000057")).isEqualByComparingTo("15000");
    assertThat(jdbc.sql("select requested_by from ledger_withdrawal_limit_change where idempotency_key = :n").param("n", caseNumber)
        .query(String.class).single()).isEqualTo("kyc1");
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/code").asText()).isEqualTo("APPROVED_BY_AGENT");
    assertThat(view.at("/notifications/1/template").asText()).isEqualTo("limit-raised");
    assertThat(view.at("/notifications/1/body").asText()).contains("15,000 USD");
    assertThat(limits.decision(caseNumber).get("approvedDailyLimitUsd").decimalValue()).isEqualByComparingTo("15000");
  }

  @Test
  void aReviewerRejectsWithAReasonTheCustomerIsGiven() {
    String caseNumber = api.openCase(limits.request("10000057", "20000", "ASSET_MIGRATION", "ru", "STANDARD"));
    engine.runDueJobs();
    Task review = task(limits.instance(caseNumber));
    assertThat(review).hasCandidateGroup("kycRu");
    assertThat(review.getName()).isEqualTo("Рассмотреть запрос на лимит вывода");

    engine.as("agentRu", () -> taskService.complete(review.getId(),
        withVariables("decision", "REJECT", "reasonCode", "SECURITY_CONCERN", "comment", "Could not reach the customer")));
    engine.runDueJobs();

    assertThat(limits.instance(caseNumber)).isEnded().hasPassed("Task_RecordRejected");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("SECURITY_CONCERN");
    assertThat(view.at("/notifications/1/body").asText().replace('\u00a0', ' ').replace('\u202f', ' '))
        .as("amounts grouped the Russian way").contains("недавние изменения в аккаунте внесли именно вы", "10 000 USD");
    assertThat(limits.dailyLimit("10000057")).isEqualByComparingTo("10000");
  }

  @Test
  void askingTheCustomerWaitsForTheReplyAndDecidesAgain() {
    String caseNumber = api.openCase(limits.request("10000062", "15000"));
    engine.runDueJobs();
    ProcessInstance request = limits.instance(caseNumber);
    engine.as("kyc1", () -> taskService.complete(task(request).getId(), withVariables("decision", "REQUEST_INFO", "reasonCode", "PURPOSE_NEEDED")));

    assertThat(request).isWaitingAt("CallActivity_WaitForCustomerReply");
    JsonNode waiting = api.view(caseNumber);
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(waiting.at("/sla/resolution/state").asText()).isEqualTo("PAUSED");
    assertThat(waiting.at("/notifications/1/body").asText()).contains("what you need the higher limit for");

    // A day later the customer explains and asks for less: four times the limit, which the table allows.
    engine.advance(Duration.ofDays(1));
    ObjectNode reply = api.json().createObjectNode().put("message", "Salary payments for my shop; 8,000 a day is enough.");
    reply.putObject("details").put("requestedDailyLimitUsd", 8000);
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);
    engine.runDueJobs();

    assertThat(request).isEnded().hasPassed("Task_RecordApproved");
    assertThat(limits.dailyLimit("10000062")).isEqualByComparingTo("8000");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("APPROVED");
    assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(request.getId()).count()).as("decided twice").isEqualTo(2);
    assertThat(limits.decision(caseNumber).at("/rule/id").asText()).isEqualTo("Rule_WithinCeiling");
  }

  // ---- four eyes above the ceiling --------------------------------------------------------

  @Test
  void anApprovalAboveTheCeilingNeedsASecondComplianceOfficer() {
    String caseNumber = api.openCase(limits.request("10000063", "400000", "BUSINESS_PAYMENTS", "en", "VIP"));
    engine.runDueJobs();
    ProcessInstance request = limits.instance(caseNumber);
    assertThat(task(request)).hasCandidateGroup("compliance");
    engine.as("compliance1", () -> taskService.complete(task(request).getId(),
        withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 400000, "comment", "Audited accounts of the customer's fund")));

    assertThat(request).isWaitingAt("Task_ComplianceApproval");
    String second = task(request).getId();
    assertThat(taskService.getVariable(second, WithdrawalLimitVariables.GRANTED_LIMIT_TEXT)).isEqualTo("400,000 USD");
    assertThat(limits.dailyLimit("10000063")).as("nothing applied yet").isEqualByComparingTo("250000");
    assertThatThrownBy(() -> taskService.claim(second, "compliance1")).hasMessageContaining("Four eyes");
    assertThatThrownBy(() -> engine.as("compliance1", () -> taskService.complete(second, withVariables("decision", "APPROVE"))))
        .hasMessageContaining("Four eyes");

    // A changed amount at the second approval changes nothing: the desk applies what the first review approved.
    engine.as("compliance2", () -> taskService.complete(second, withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 900000)));
    engine.runDueJobs();

    assertThat(request).isEnded().hasPassed("Task_SetDailyLimit", "Task_RecordApprovedByAgent");
    assertThat(limits.dailyLimit("10000063")).isEqualByComparingTo("400000");
    assertThat(jdbc.sql("select requested_by from ledger_withdrawal_limit_change where idempotency_key = :n").param("n", caseNumber)
        .query(String.class).single()).isEqualTo("compliance2");
    assertThat(limits.historic(caseNumber, "secondApprovalBy")).isEqualTo("compliance2");
  }

  @Test
  void aKycReviewerApprovingAboveTheLevelsCeilingBringsInCompliance() {
    // Level 1 (ceiling 25,000): the new whitelisted address sends 30,000 to a KYC agent, who approves all of it.
    String caseNumber = api.openCase(limits.request("10000057", "30000"));
    engine.runDueJobs();
    ProcessInstance request = limits.instance(caseNumber);
    engine.as("kyc1", () -> taskService.complete(task(request).getId(), withVariables("decision", "APPROVE", "approvedDailyLimitUsd", 30000)));

    assertThat(request).isWaitingAt("Task_ComplianceApproval");
    assertThat(task(request)).hasCandidateGroup("compliance");
    engine.as("compliance2", () -> taskService.complete(task(request).getId(),
        withVariables("decision", "REJECT", "reasonCode", "SOURCE_OF_FUNDS_UNCLEAR", "comment", "Above the level without proof of funds")));
    engine.runDueJobs();

    assertThat(request).isEnded().hasPassed("Task_RecordRejected").hasNotPassed("Task_SetDailyLimit");
    assertThat(api.view(caseNumber).at("/outcome/reason").asText()).isEqualTo("SOURCE_OF_FUNDS_UNCLEAR");
    assertThat(limits.dailyLimit("10000057")).isEqualByComparingTo("10000");
  }

  // ---- the ledger down --------------------------------------------------------------------

  @Test
  void aLedgerDownWhileReadingGivesRetriesThenAnIncidentAndARetryDecides() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    ProcessInstance request = limits.instance(caseNumber);
    var incident = triesWhileTheBackOfficeIsDown(request);
    assertThat(incident.getActivityId()).isEqualTo("Task_GatherAccountFacts");
    assertThat(incident.getIncidentMessage()).contains("down for maintenance");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("OPEN");

    engine.retryAsCockpitDoes(incident);
    assertThat(request).isEnded().hasPassed("Task_RecordApproved");
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("20000");
  }

  @Test
  void aLedgerDownWhileSettingTheLimitGivesRetriesThenAnIncidentAndARetryAppliesItOnce() {
    String caseNumber = api.openCase(limits.request("10000052", "20000"));
    ProcessInstance request = limits.instance(caseNumber);
    limits.runJobsOfUntil(caseNumber, () -> request, "Task_SetDailyLimit");
    var incident = triesWhileTheBackOfficeIsDown(request);
    assertThat(incident.getActivityId()).isEqualTo("Task_SetDailyLimit");
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("15000");

    engine.retryAsCockpitDoes(incident);
    assertThat(request).isEnded().hasPassed("Task_RecordApproved");
    assertThat(limits.dailyLimit("10000052")).isEqualByComparingTo("20000");
    assertThat(jdbc.sql("select count(*) from ledger_withdrawal_limit_change where idempotency_key = :n").param("n", caseNumber)
        .query(Long.class).single()).isEqualTo(1L);
  }

  /** The step's three tries (R3/PT1M), each failing, while the back office is down for maintenance; then the incident. */
  private Incident triesWhileTheBackOfficeIsDown(ProcessInstance request) {
    backOffice.goDown();
    try {
      return engine.failUntilIncident(request.getId());
    } finally {
      backOffice.comeBack();
    }
  }
}
