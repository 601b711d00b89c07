package io.casedesk.deposittrace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Every verdict of processes/deposit-trace.bpmn against the demo chains and the demo ledger; most
 * cases resolve without a person, only a missing memo or an unclear case reaches an agent.
 */
@CaseDeskTest
@TestClock("2026-11-02T14:00:00Z")
class DepositTraceProcessTests {

  static final String CREDITED_ETH = "0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6";
  static final String CONFIRMING_ETH = "0x2f9a4b7c1d3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a68c3f1e5b2a7d4c6e";
  static final String FAILED_ETH = "0x5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c";
  static final String ELSEWHERE_ETH = "0x9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a098";
  static final String UNCREDITED_BTC = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d";
  static final String XRP_WITHOUT_TAG = "E3FE6EA3D48F0C2B639448020EA4F03D4F4F8FFDB243A852A0F59177921B4879";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LedgerPort ledger;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void uncreditedDemoDeposits() {
    // Tests here credit these demo transactions; each test starts from the demo ledger, where none is credited.
    jdbc.sql("delete from ledger_deposit where tx_id in (:ids)")
        .param("ids", java.util.List.of(UNCREDITED_BTC, CONFIRMING_ETH, XRP_WITHOUT_TAG))
        .update();
  }

  @ParameterizedTest(name = "{1} {2} -> {3}")
  @CsvSource({
    "10000001, ETHEREUM, " + CREDITED_ETH + ",    CREDITED,        RESOLVED, CREDITED,        deposit-credited",
    "10000001, ETHEREUM, " + FAILED_ETH + ",      FAILED_ON_CHAIN, RESOLVED, FAILED_ON_CHAIN, deposit-failed-on-chain",
    "10000001, ETHEREUM, " + ELSEWHERE_ETH + ",   NOT_OUR_ADDRESS, RESOLVED, NOT_OUR_ADDRESS, deposit-wrong-address",
    "10000001, ETHEREUM, 0x0000000000000000000000000000000000000000000000000000000000000bad, NOT_FOUND, RESOLVED, NOT_FOUND, deposit-not-found",
  })
  void resolvesWithoutAPerson(String uid, String chain, String txId, String verdict, String status, String outcome, String template) {
    String caseNumber = api.openCase(api.depositCase(uid, chain, chain.equals("BITCOIN") ? "BTC" : "ETH", txId));
    ProcessInstance trace = instance(caseNumber);
    assertThat(trace).as("the chain is asked in a job of its own").isWaitingAt("Task_CheckDepositOnChain");
    engine.runDueJobs();

    assertThat(trace).isEnded();
    assertThat(historic(trace, DepositTraceVariables.VERDICT)).isEqualTo(verdict);
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo(status);
    assertThat(view.at("/outcome/code").asText()).isEqualTo(outcome);
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo(template);
    assertThat(view.at("/notifications/0/body").asText()).contains(txId);
  }

  @Test
  void aConfirmedDepositTheLedgerMissedIsCreditedAndShownWhere() {
    String caseNumber = api.openCase(api.depositCase("10000003", "BITCOIN", "BTC", UNCREDITED_BTC));
    ProcessInstance trace = instance(caseNumber);
    engine.runDueJobs();

    var deposit = ledger.findDeposit("BITCOIN", UNCREDITED_BTC).orElseThrow();
    assertThat(deposit.customerUid()).isEqualTo("10000003");
    assertThat(deposit.amount()).isEqualByComparingTo("0.015");
    assertThat(deposit.creditedBy()).as("the desk's own recovery credit").isEqualTo("casedesk-trace");
    assertThat(historic(trace, DepositTraceVariables.LEDGER_ENTRY_ID)).isEqualTo(deposit.ledgerEntryId());
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("0.015", "BTC");
  }

  @Test
  void aConfirmingDepositTellsTheCustomerOnceAndIsCreditedWhenFinal() {
    String caseNumber = api.openCase(api.depositCase("10000002", "ETHEREUM", "ETH", CONFIRMING_ETH));
    ProcessInstance trace = instance(caseNumber);
    engine.runDueJobs();

    assertThat(trace).isWaitingAt("Event_RecheckDue");
    JsonNode confirming = api.view(caseNumber);
    assertThat(confirming.at("/notifications/0/template").asText()).isEqualTo("deposit-confirming");
    assertThat(confirming.at("/notifications/0/body").asText()).contains("1", "12", "2026-11-02 14:02");

    engine.advance(Duration.ofMinutes(1));
    assertThat(trace).isWaitingAt("Event_RecheckDue");
    assertThat(runtimeService.getVariable(trace.getId(), DepositTraceVariables.CONFIRMATIONS)).isEqualTo(6L);
    assertThat(api.view(caseNumber).get("notifications")).as("told only once").hasSize(1);

    engine.advance(Duration.ofMinutes(1));
    engine.advance(Duration.ofMinutes(1));
    assertThat(trace).isEnded();
    JsonNode credited = api.view(caseNumber);
    assertThat(credited.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(credited.at("/notifications/1/template").asText()).isEqualTo("deposit-credited");
    assertThat(historic(trace, DepositTraceVariables.CONFIRMATIONS)).isEqualTo(16L);
  }

  @Test
  void aMissingTagGoesToAnAgentWhoCreditsTheDeposit() {
    String caseNumber = api.openCase(api.depositCase("10000005", "XRP", "XRP", XRP_WITHOUT_TAG));
    ProcessInstance trace = instance(caseNumber);
    engine.runDueJobs();

    assertThat(trace).isWaitingAt("Task_ReviewDeposit");
    assertThat(runtimeService.getVariable(trace.getId(), DepositTraceVariables.VERDICT)).isEqualTo("MISSING_MEMO");
    assertThat(task(trace)).hasCandidateGroup("supportEn");
    assertThat((String) runtimeService.getVariable(trace.getId(), DepositTraceVariables.DEPOSIT_SUMMARY)).contains("1200", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");

    String review = task(trace).getId();
    engine.as("agentEn", () -> taskService.complete(review, withVariables("decision", "APPROVE", "comment", "Tag confirmed by the customer's wallet history")));
    engine.runDueJobs();

    assertThat(trace).isEnded().hasPassed("Task_CreditDeposit");
    assertThat(ledger.findDeposit("XRP", XRP_WITHOUT_TAG).orElseThrow().creditedBy()).isEqualTo("agentEn");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("CREDITED_BY_AGENT");
  }

  @Test
  void aDepositToAnotherAccountsAddressIsUnclearAndCannotBeCreditedByTheAgent() {
    String caseNumber = api.openCase(api.depositCase("10000001", "ETHEREUM", "ETH", CONFIRMING_ETH));
    engine.runDueJobs();

    ProcessInstance trace = instance(caseNumber);
    assertThat(trace).isWaitingAt("Task_ReviewDeposit");
    assertThat((String) runtimeService.getVariable(trace.getId(), DepositTraceVariables.VERDICT_NOTE)).contains("10000002");
    String review = task(trace).getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.as("agentEn", () -> taskService.complete(review, withVariables("decision", "APPROVE"))))
        .hasRootCauseInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("memo or tag was missing");
  }

  @Test
  void aTokenDepositIsLeftToAnAgentNotCreditedAsTheCoin() {
    String caseNumber = api.openCase(api.depositCase("10000003", "BITCOIN", "USDT", UNCREDITED_BTC.toUpperCase()));
    engine.runDueJobs();

    assertThat(instance(caseNumber)).isWaitingAt("Task_ReviewDeposit");
    assertThat((String) runtimeService.getVariable(instance(caseNumber).getId(), DepositTraceVariables.VERDICT_NOTE)).contains("token");
    assertThat(ledger.findDeposit("BITCOIN", UNCREDITED_BTC)).as("the upper-case TxID is the same transaction, still not credited")
        .isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "ETHEREUM | 0x12                                                                 |            |         | details.txId      | 0x followed by 64",
    "BITCOIN  | 0x" + "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d4" + "| |          | details.txId      | 64 hexadecimal",
    "ETHEREUM | " + CREDITED_ETH + "| 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD |  | details.toAddress | EIP-55",
    "XRP      | " + XRP_WITHOUT_TAG + " | rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh | abc | details.memo | whole number",
  })
  void badChainDataIsRefusedAtIntake(String chain, String txId, String toAddress, String memo, String field, String rule) {
    ObjectNode request = api.depositCase("10000001", chain, "ETH", txId.trim());
    if (toAddress != null) {
      ((ObjectNode) request.get("details")).put("toAddress", toAddress.trim());
    }
    if (memo != null) {
      ((ObjectNode) request.get("details")).put("memo", memo.trim());
    }
    ResponseEntity<JsonNode> response = api.open(request);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
    assertThat(response.getBody().at("/errors/0/rule").asText()).contains(rule);
  }

  @Test
  void theTypesOwnRulesAreReportedWithTheFieldErrors() {
    ObjectNode request = api.depositCase("10000001", "ETHEREUM", "eth", "0x12");
    ((ObjectNode) request.get("details")).put("toAddress", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
    request.put("tier", "GOLDEN");

    ResponseEntity<JsonNode> response = api.open(request);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("details.asset", "details.toAddress", "details.txId", "tier");
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, "deposit-trace");
  }

  private Object historic(ProcessInstance instance, String name) {
    return engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}
