package io.casedesk.copytrading;

import static io.casedesk.copytrading.CopyTradingRequests.dispute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.CopyTradingCompensation;
import io.casedesk.ledger.CopyTradingCompensation.Credit;
import io.casedesk.platform.JsonVariables;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of processes/copy-trading-dispute.bpmn, opened through the case API on the demo ledger
 * (and on data of the tests' own follower 10000049): the finding, the review, the approval above the
 * threshold, the credit (once) and the customer's message with the numbers.
 */
@CaseDeskTest
@TestClock("2026-11-24T12:00:00Z")
class CopyTradingDisputeProcessTests {

  static final String PROCESS = "copy-trading-dispute";
  static final List<String> FOLLOWERS = List.of("10000010", "10000046", "10000047", "10000048", "10000049");

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CopyTradingCompensation compensations;
  @Autowired JsonVariables json;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired IdentityService identityService;

  final Map<String, BigDecimal> balancesBefore = new HashMap<>();

  @BeforeEach
  void rememberBalances() {
    FOLLOWERS.forEach(uid -> balancesBefore.put(uid, usdt(uid)));
  }

  @AfterEach
  void restoreBalances() {
    // Compensations credit demo accounts; each test leaves their balances as it found them.
    balancesBefore.forEach((uid, balance) -> jdbc.sql("update ledger_balance set available = :b where customer_uid = :uid and asset = 'USDT'")
        .param("b", balance).param("uid", uid).update());
  }

  @Test
  void theDemoFollowerGetsAMixedFindingAndIsCompensatedOnceForThePlatformFaultsOnly() {
    String caseNumber = api.openCase(dispute(api.json(), "10000010", "alphawhale", "en", "UNEXPECTED_LOSS"));
    ProcessInstance dispute = instance(caseNumber);
    assertThat(dispute).as("the ledger is read in a job of its own").isWaitingAt("Task_ReconcileCopies");
    engine.runDueJobs();

    assertThat(dispute).isWaitingAt("Task_ReviewFinding");
    assertThat(task(dispute)).hasCandidateGroup("tradingdesk");
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.CASE_FAULT, "PLATFORM_FAULT")
        .containsEntry(CopyTradingVariables.ORDERS_RECONCILED, 3)
        .containsEntry(CopyTradingVariables.PLATFORM_FAULTS, 2)
        .containsEntry(CopyTradingVariables.FOLLOWER_FAULTS, 0)
        .containsEntry(CopyTradingVariables.COMPENSATION_TOTAL, "52.83")
        .containsEntry(CopyTradingVariables.APPROVAL_REQUIRED, false);
    JsonNode table = jsonVariable(dispute, CopyTradingVariables.RECONCILIATION_TABLE);
    assertThat(table).hasSize(3);
    assertThat(table.at("/0/order").asText()).isEqualTo("LO-88120 / CPY-0001");
    assertThat(table.at("/0/verdict").asText()).isEqualTo("not placed: the platform's margin check timed out");
    assertThat(table.at("/0/amount").asText()).isEqualTo("39.12 USDT");
    assertThat(table.at("/1/slippage").asText()).isEqualTo("0.593 %");
    assertThat(table.at("/1/cap").asText()).isEqualTo("0.3 %");
    assertThat(table.at("/1/verdict").asText()).isEqualTo("filled beyond the slippage limit");
    assertThat(table.at("/1/amount").asText()).isEqualTo("13.71 USDT");
    assertThat(table.at("/2/verdict").asText()).isEqualTo("copied correctly");
    assertThat(table.at("/2/fault").asText()).isEqualTo("the lead trader's trading");
    assertThat(table.at("/2/amount").asText()).isEqualTo("—");

    decide(dispute, "trader1", "decision", "APPROVE", "comment", "Matches the ledger");
    assertThat(dispute).as("below the threshold: no second approval").isWaitingAt("Task_CreditCompensation");
    engine.runDueJobs();

    assertThat(dispute).isEnded().hasPassed("Task_CreditCompensation", "Task_NotifyCompensated");
    List<Credit> credits = compensations.credits(caseNumber);
    assertThat(credits).extracting(Credit::orderId).containsExactlyInAnyOrder("LO-88120", "LO-88177");
    assertThat(credits).extracting(Credit::amount).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactlyInAnyOrder(new BigDecimal("39.12"), new BigDecimal("13.71"));
    assertThat(credits).allSatisfy(c -> assertThat(c.requestedBy()).isEqualTo("trader1"));
    assertThat(usdt("10000010").subtract(balancesBefore.get("10000010"))).isEqualByComparingTo("52.83");

    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("COMPENSATED");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("copy-trading-compensated");
    assertThat(view.at("/notifications/0/subject").asText()).contains("52.83 USDT");
    assertThat(view.at("/notifications/0/body").asText())
        .contains("LO-88120", "39.12 USDT", "LO-88177", "3138.9", "0.593 %", "13.71 USDT", "LO-88203", "copied correctly", "52.83 USDT");
  }

  @Test
  void aCompensationAboveTheThresholdIsCreditedOnlyAfterASupervisorsApproval() {
    ProcessInstance dispute = openAndReconcile("10000046", "bluefinquant", "en", "NOT_COPIED");
    String caseNumber = dispute.getBusinessKey();
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.COMPENSATION_TOTAL, "1714.25")
        .containsEntry(CopyTradingVariables.APPROVAL_REQUIRED, true);
    JsonNode table = jsonVariable(dispute, CopyTradingVariables.RECONCILIATION_TABLE);
    assertThat(table.at("/1/verdict").asText()).as("a maker order, copied a second after it was filled: not late").isEqualTo("copied correctly");

    decide(dispute, "trader1", "decision", "APPROVE", "comment", "Margin check outage of 19 Nov");
    assertThat(dispute).isWaitingAt("Task_ApproveCompensation");
    assertThat(task(dispute)).hasCandidateGroup("supervisors");
    assertThat(compensations.credits(caseNumber)).as("nothing credited before the approval").isEmpty();

    decide(dispute, "supervisor1", "decision", "APPROVE");
    engine.runDueJobs();

    assertThat(dispute).isEnded().hasPassed("Task_ApproveCompensation", "Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).singleElement().satisfies(credit -> {
      assertThat(credit.orderId()).isEqualTo("LO-91001");
      assertThat(credit.amount()).isEqualByComparingTo("1714.25");
      assertThat(credit.requestedBy()).as("the approver").isEqualTo("supervisor1");
    });
    assertThat(usdt("10000046").subtract(balancesBefore.get("10000046"))).isEqualByComparingTo("1714.25");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("COMPENSATED");
  }

  @ParameterizedTest(name = "{0} SOL missed: {1} USDT, approval {2}")
  @CsvSource({
    "100,     1000.00, false",
    "100.001, 1000.01, true",
  })
  void theApprovalThresholdIsExclusive(String quantity, String compensation, boolean approval) {
    // Lead bought SOL at 200 and left at 211; a correct copy costs at most 201 (cap 0.5 %): 10 USDT per SOL missed.
    CopyTradingLedgerData data = CopyTradingLedgerData.newLeadTrader(jdbc);
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    String order = data.leadOrder("SOLUSDT", "BUY", "200", quantity, at, "211");
    data.copy(order, "SOLUSDT", "BUY", "NOT_PLACED", "200", null, quantity, "0", "FOLLOWER_MARGIN_CHECK_TIMEOUT", at, null);

    ProcessInstance dispute = openAndReconcile(CopyTradingLedgerData.FOLLOWER, data.leadTrader, "en", "NOT_COPIED");
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.COMPENSATION_TOTAL, compensation)
        .containsEntry(CopyTradingVariables.APPROVAL_REQUIRED, approval);
    decide(dispute, "trader1", "decision", "APPROVE");
    if (approval) {
      assertThat(dispute).isWaitingAt("Task_ApproveCompensation");
    } else {
      assertThat(dispute).isWaitingAt("Task_CreditCompensation");
    }
  }

  @Test
  void theReviewerCannotAlsoGiveTheSecondApproval() {
    identityService.createMembership("supervisor1", "tradingdesk");
    User second = identityService.newUser("supervisor9");
    second.setFirstName("Sam");
    second.setLastName("Second");
    identityService.saveUser(second);
    identityService.createMembership("supervisor9", "supervisors");
    try {
      ProcessInstance dispute = openAndReconcile("10000046", "bluefinquant", "en", "NOT_COPIED");
      String caseNumber = dispute.getBusinessKey();
      decide(dispute, "supervisor1", "decision", "APPROVE");

      String approval = task(dispute).getId();
      assertThat(taskService.getVariable(approval, "decision")).as("the second approval starts blank").isNull();
      assertThatThrownBy(() -> engine.as("supervisor1", () -> taskService.claim(approval, "supervisor1")))
          .hasMessageContaining("Four eyes");
      assertThatThrownBy(() -> decide(dispute, "supervisor1", "decision", "APPROVE")).hasMessageContaining("Four eyes");
      assertThat(compensations.credits(caseNumber)).isEmpty();

      decide(dispute, "supervisor9", "decision", "APPROVE");
      engine.runDueJobs();
      assertThat(dispute).isEnded();
      assertThat(compensations.credits(caseNumber)).singleElement().extracting(Credit::requestedBy).isEqualTo("supervisor9");
    } finally {
      identityService.deleteMembership("supervisor1", "tradingdesk");
      identityService.deleteUser("supervisor9");
    }
  }

  @Test
  void aSupervisorWhoDeclinesTheCompensationEndsTheDisputeWithoutACredit() {
    ProcessInstance dispute = openAndReconcile("10000046", "bluefinquant", "en", "NOT_COPIED");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "APPROVE");
    assertThatThrownBy(() -> decide(dispute, "supervisor1", "decision", "REJECT", "reasonCode", "LOSS_NOT_CONFIRMED"))
        .as("a decline is explained").hasMessageContaining("comment");
    decide(dispute, "supervisor1", "decision", "REJECT", "reasonCode", "LOSS_NOT_CONFIRMED", "comment", "The order book shows no fill at that price");

    assertThat(dispute).isEnded().hasPassed("Task_NotifyCompensationDeclined").hasNotPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    assertThat(usdt("10000046")).isEqualByComparingTo(balancesBefore.get("10000046"));
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("COMPENSATION_DECLINED");
    assertThat(view.at("/notifications/0/body").asText()).contains("LO-91001", "a second check of the ledger did not confirm the loss");
  }

  @Test
  void copiesTheFollowersOwnAccountStoppedAreNotCompensated() {
    ProcessInstance dispute = openAndReconcile("10000047", "alphawhale", "en", "NOT_COPIED");
    String caseNumber = dispute.getBusinessKey();
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.CASE_FAULT, "FOLLOWER_CONFIGURATION")
        .containsEntry(CopyTradingVariables.FOLLOWER_FAULTS, 2)
        .containsEntry(CopyTradingVariables.PLATFORM_FAULTS, 0)
        .containsEntry(CopyTradingVariables.COMPENSATION_DUE, false);
    JsonNode table = jsonVariable(dispute, CopyTradingVariables.RECONCILIATION_TABLE);
    assertThat(table.at("/0/verdict").asText()).isEqualTo("not placed: not enough margin in the copy-trading account");
    assertThat(table.at("/2/verdict").asText()).isEqualTo("not placed: the limit in the copy settings was reached");

    decide(dispute, "trader1", "decision", "APPROVE");

    assertThat(dispute).isEnded().hasPassed("Task_NotifyFollowerConfiguration").hasNotPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/code").asText()).isEqualTo("FOLLOWER_CONFIGURATION");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("copy-trading-follower-configuration");
    assertThat(view.at("/notifications/0/body").asText()).contains("CPY-0201", "not enough margin", "minimum order size");
  }

  @Test
  void copiesPlacedAsTheLeadsWereLeaveTheLossWithTheLeadTrader() {
    ProcessInstance dispute = openAndReconcile("10000048", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    assertThat(dispute).variables().containsEntry(CopyTradingVariables.CASE_FAULT, "LEAD_TRADER_PERFORMANCE");
    decide(dispute, "trader1", "decision", "APPROVE");

    assertThat(dispute).isEnded().hasPassed("Task_NotifyLeadTraderPerformance").hasNotPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("LEAD_TRADER_PERFORMANCE");
    assertThat(view.at("/notifications/0/body").asText()).contains("CPY-0302", "3121.1", "0.022 %", "lead trader's own performance");
  }

  @Test
  void aLateCopyWithinTheCapIsThePlatformsFaultButCostNothing() {
    CopyTradingLedgerData data = CopyTradingLedgerData.newLeadTrader(jdbc);
    Instant at = Instant.parse("2026-11-21T08:00:00Z");
    String order = data.leadOrder("BTCUSDT", "BUY", "90000", "0.1", at, "88000");
    data.copy(order, "BTCUSDT", "BUY", "FILLED", "90000", "90180", "0.1", "0.1", null, at, at.plusSeconds(25));

    ProcessInstance dispute = openAndReconcile(CopyTradingLedgerData.FOLLOWER, data.leadTrader, "en", "WRONG_FILL");
    String caseNumber = dispute.getBusinessKey();
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.CASE_FAULT, "PLATFORM_FAULT")
        .containsEntry(CopyTradingVariables.COMPENSATION_TOTAL, "0.00")
        .containsEntry(CopyTradingVariables.COMPENSATION_DUE, false);
    assertThat(jsonVariable(dispute, CopyTradingVariables.RECONCILIATION_TABLE).at("/0/verdict").asText())
        .isEqualTo("placed 25 s after the lead trader's order was filled");
    decide(dispute, "trader1", "decision", "APPROVE");

    assertThat(dispute).isEnded().hasPassed("Task_NotifyPlatformFaultNoLoss").hasNotPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("PLATFORM_FAULT_NO_LOSS");
  }

  @Test
  void aRejectedDisputeTellsTheCustomerWhyAndCreditsNothing() {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "REJECT", "reasonCode", "NOT_COPY_TRADES", "comment", "The customer traded these by hand");

    assertThat(dispute).isEnded().hasPassed("Task_NotifyRejected").hasNotPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/notifications/0/body").asText()).contains("the orders in question were not placed by copy trading");
  }

  @Test
  void withoutOrdersTheAgentAsksTheCustomerAndTheReplyIsReconciledAgain() {
    // 10000046 follows bluefinquant, not alphawhale: nothing to find.
    ProcessInstance dispute = openAndReconcile("10000046", "alphawhale", "en", "NOT_COPIED", "LO-91001");
    String caseNumber = dispute.getBusinessKey();
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.ORDERS_RECONCILED, 0)
        .containsEntry(CopyTradingVariables.UNKNOWN_ORDER_IDS, "LO-91001");
    assertThatThrownBy(() -> decide(dispute, "trader1", "decision", "APPROVE"))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("no finding to confirm");

    decide(dispute, "trader1", "decision", "REQUEST_INFO", "reasonCode", "ORDERS_UNCLEAR");
    assertThat(dispute).isWaitingAt("CallActivity_WaitForCustomerReply");
    JsonNode waiting = api.view(caseNumber);
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(waiting.at("/notifications/0/body").asText()).contains("the lead trader's name, the period or the orders you mean");

    assertThat(api.reply(caseNumber, Map.of("message", "Sorry, it is bluefinquant", "details", Map.of("leadTrader", "bluefinquant")))
        .getStatusCode().value()).isEqualTo(200);
    assertThat(dispute).isWaitingAt("Task_ReconcileCopies");
    engine.runDueJobs();

    assertThat(dispute).isWaitingAt("Task_ReviewFinding");
    assertThat(dispute).variables()
        .containsEntry(CopyTradingVariables.LEAD_TRADER, "bluefinquant")
        .containsEntry(CopyTradingVariables.ORDERS_RECONCILED, 1)
        .containsEntry(CopyTradingVariables.UNKNOWN_ORDER_IDS, "")
        .containsEntry(CopyTradingVariables.COMPENSATION_TOTAL, "1714.25");
  }

  @Test
  void aCustomerWhoNeverAnswersTheQuestionHasTheCaseClosedWithoutACredit() {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "REQUEST_INFO", "reasonCode", "ORDERS_UNCLEAR");
    assertThat(dispute).isWaitingAt("CallActivity_WaitForCustomerReply");

    engine.advance(Duration.ofDays(3).plusMinutes(1));
    engine.advance(Duration.ofDays(4));

    assertThat(dispute).isEnded().hasNotPassed("Task_CreditCompensation");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("NO_CUSTOMER_REPLY");
    assertThat(compensations.credits(caseNumber)).isEmpty();
  }

  @Test
  void aLedgerThatIsDownGivesRetriesThenAnIncidentAndARetryReconciles() {
    String caseNumber = api.openCase(dispute(api.json(), "10000010", "alphawhale", "en", "UNEXPECTED_LOSS"));
    ProcessInstance dispute = instance(caseNumber);
    var incident = failThreeTimesWhileTheLedgerIsDown(dispute);
    assertThat(incident.getActivityId()).isEqualTo("Task_ReconcileCopies");
    assertThat(incident.getIncidentMessage()).contains("down for maintenance");

    engine.retryAsCockpitDoes(incident);
    assertThat(dispute).isWaitingAt("Task_ReviewFinding");
  }

  @Test
  void aCreditRetriedAfterTheLedgerWasDownIsCreditedOnce() {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "APPROVE");

    var incident = failThreeTimesWhileTheLedgerIsDown(dispute);
    assertThat(incident.getActivityId()).isEqualTo("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).isEmpty();
    assertThat(api.view(caseNumber).get("status").asText()).as("confirmed, not yet resolved").isEqualTo("IN_REVIEW");

    engine.retryAsCockpitDoes(incident);
    assertThat(dispute).isEnded();
    assertThat(compensations.credits(caseNumber)).hasSize(2);
    assertThat(usdt("10000010").subtract(balancesBefore.get("10000010"))).isEqualByComparingTo("52.83");
  }

  @Test
  void theCreditJobRunByTwoNodesAtOnceCreditsOnce() throws Exception {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "APPROVE");
    String job = engine.dueJobs().get(0).getId();

    // Two job executors picked the same job: the engine's optimistic locking and the ledger's key let one through.
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = List.of(nodes.submit(() -> execute(start, job)), nodes.submit(() -> execute(start, job)));
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    engine.runDueJobs();

    assertThat(dispute).isEnded();
    assertThat(compensations.credits(caseNumber)).hasSize(2);
    assertThat(usdt("10000010").subtract(balancesBefore.get("10000010"))).isEqualByComparingTo("52.83");
    assertThat(api.view(caseNumber).get("notifications")).as("the customer is told once").hasSize(1);
  }

  @Test
  void theCreditStepRunAgainForTheSameCaseCreditsNothingMore() {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    decide(dispute, "trader1", "decision", "APPROVE");
    engine.runDueJobs();
    assertThat(dispute).isEnded();
    List<String> credited = compensations.credits(caseNumber).stream().map(Credit::id).toList();

    // An operator starts the step again for the case (Cockpit's modification), with the case's variables.
    Map<String, Object> variables = new HashMap<>();
    engine.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(dispute.getId()).disableCustomObjectDeserialization()
        .list().stream().filter(v -> dispute.getId().equals(v.getActivityInstanceId()))
        .forEach(v -> variables.put(v.getName(), v.getTypedValue()));
    ProcessInstance again = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber)
        .startBeforeActivity("Task_CreditCompensation").setVariables(variables).execute();
    engine.runDueJobs();

    assertThat(again).isEnded().hasPassed("Task_CreditCompensation");
    assertThat(compensations.credits(caseNumber)).extracting(Credit::id).containsExactlyInAnyOrderElementsOf(credited);
    assertThat(usdt("10000010").subtract(balancesBefore.get("10000010"))).as("credited once").isEqualByComparingTo("52.83");
  }

  @Test
  void theFindingReachesTheCustomerInTheirLanguage() {
    ProcessInstance dispute = openAndReconcile("10000010", "alphawhale", "zh-CN", "UNEXPECTED_LOSS");
    String caseNumber = dispute.getBusinessKey();
    assertThat(task(dispute).getName()).isEqualTo("审核跟单交易调查结果");
    assertThat(jsonVariable(dispute, CopyTradingVariables.RECONCILIATION_TABLE).at("/2/verdict").asText()).isEqualTo("跟单正确");
    decide(dispute, "trader1", "decision", "APPROVE");
    engine.runDueJobs();

    JsonNode notification = api.view(caseNumber).at("/notifications/0");
    assertThat(notification.get("locale").asText()).isEqualTo("zh");
    assertThat(notification.get("body").asText()).contains("LO-88120", "39.12 USDT", "0.593 %", "52.83 USDT", "跟单正确", "平台故障");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a window longer than 31 days | /details/to   | 2026-12-20T00:00:00Z | details.to   | at most 31 days",
    "a window that ends before it begins | /details/to | 2026-11-17T00:00:00Z | details.to | after details.from",
    "a window in the future | /details/from | 2026-11-25T00:00:00Z | details.from | future",
    "an unknown claim | /details/claim | LOST_MONEY | details.claim | ",
    "no lead trader | /details/leadTrader | | details.leadTrader | ",
    "a lead trader's name with spaces | /details/leadTrader | alpha whale | details.leadTrader | lead trader's name",
  })
  void badDetailsAreRefusedAtIntake(String what, String pointer, String value, String field, String rule) {
    ObjectNode request = dispute(api.json(), "10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    ObjectNode details = (ObjectNode) request.get("details");
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (value == null) {
      details.remove(name);
    } else if (name.equals("from")) {
      details.put("from", value);
      details.put("to", "2026-11-26T00:00:00Z");
    } else {
      details.put(name, value);
    }
    ResponseEntity<JsonNode> response = api.open(request);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().get("errors")).anySatisfy(error -> {
      assertThat(error.get("field").asText()).isEqualTo(field);
      if (rule != null) {
        assertThat(error.get("rule").asText()).contains(rule);
      }
    });
  }

  private void execute(CyclicBarrier start, String job) {
    try {
      start.await(10, TimeUnit.SECONDS);
      engine.engine().getManagementService().executeJob(job);
    } catch (RuntimeException e) {
      // The node that lost: an optimistic-locking failure, a duplicate key or a job already gone.
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The due job fails as the back office is down: three tries a minute apart, then an incident. */
  private org.camunda.bpm.engine.runtime.Incident failThreeTimesWhileTheLedgerIsDown(ProcessInstance dispute) {
    backOffice.goDown();
    try {
      return engine.failUntilIncident(dispute.getId());
    } finally {
      backOffice.comeBack();
    }
  }

  /** Opens a dispute through the case API and runs the reconciliation; the case then waits for its review. */
  private ProcessInstance openAndReconcile(String uid, String leadTrader, String locale, String claim, String... orderIds) {
    ProcessInstance dispute = instance(api.openCase(dispute(api.json(), uid, leadTrader, locale, claim, orderIds)));
    engine.runDueJobs();
    return dispute;
  }

  /** Completes the case's open task as the user, with the decision and its reason and comment. */
  private void decide(ProcessInstance dispute, String user, Object... decision) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < decision.length; i += 2) {
      variables.put((String) decision[i], decision[i + 1]);
    }
    String taskId = task(dispute).getId();
    engine.as(user, () -> taskService.complete(taskId, variables));
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, PROCESS);
  }

  private JsonNode jsonVariable(ProcessInstance instance, String name) {
    return json.readTyped(runtimeService.getVariableTyped(instance.getId(), name, false));
  }

  private BigDecimal usdt(String uid) {
    return jdbc.sql("select available from ledger_balance where customer_uid = :uid and asset = 'USDT'").param("uid", uid)
        .query(BigDecimal.class).single();
  }
}
