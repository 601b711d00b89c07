package io.casedesk.deposittrace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.chain.Chain;
import io.casedesk.chain.ChainSettings;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.support.AnvilNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deposit traces against a real Ethereum node: a transaction sent on anvil is traced from its first
 * confirmation to the credit, and a node that goes down mid-case gives retries, then an incident,
 * and a retry after it is back finishes the case.
 */
@CaseDeskTest
@TestClock("2026-11-03T08:00:00Z")
class DepositTraceOnAnvilTests {

  static final String CUSTOMER = "10000009";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ChainSettings chainSettings;
  @Autowired LedgerPort ledger;
  @Autowired JdbcClient jdbc;

  AnvilNode anvil;
  ChainSettings.Settings demoSettings;

  @BeforeEach
  void ethereumIsAnvil() {
    anvil = AnvilNode.start();
    demoSettings = chainSettings.getChains().get(Chain.ETHEREUM);
    ChainSettings.Settings onAnvil = new ChainSettings.Settings();
    onAnvil.setAdapter(ChainSettings.Adapter.EVM);
    onAnvil.setUrl(anvil.url());
    onAnvil.setConfirmations(3);
    onAnvil.setBlockTime(Duration.ofSeconds(12));
    onAnvil.setRecheckAfter(Duration.ofMinutes(1));
    onAnvil.setTimeout(Duration.ofSeconds(2));
    chainSettings.getChains().put(Chain.ETHEREUM, onAnvil);
    jdbc.sql("delete from ledger_deposit_address where chain = 'ETHEREUM' and customer_uid = :uid").param("uid", CUSTOMER).update();
    jdbc.sql("insert into ledger_deposit_address (chain, address, memo, customer_uid, created_at) values ('ETHEREUM', :a, null, :uid, current_timestamp)")
        .param("a", AnvilNode.ACCOUNT_1.toLowerCase(Locale.ROOT))
        .param("uid", CUSTOMER)
        .update();
  }

  @AfterEach
  void restore() {
    chainSettings.getChains().put(Chain.ETHEREUM, demoSettings);
    anvil.close();
  }

  @Test
  void aRealTransactionIsTracedFromItsFirstConfirmationToTheCredit() {
    String tx = anvil.sendEther(AnvilNode.ACCOUNT_0, AnvilNode.ACCOUNT_1, new BigDecimal("1.25"));
    String caseNumber = api.openCase(api.depositCase(CUSTOMER, "ETHEREUM", "ETH", tx));
    ProcessInstance trace = instance(caseNumber);
    engine.runDueJobs();

    assertThat(trace).isWaitingAt("Event_RecheckDue");
    assertThat(runtimeService.getVariable(trace.getId(), DepositTraceVariables.VERDICT)).isEqualTo("CONFIRMING");
    assertThat(runtimeService.getVariable(trace.getId(), DepositTraceVariables.CONFIRMATIONS)).isEqualTo(1L);
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("1", "3");

    anvil.mine(2);
    engine.advance(Duration.ofMinutes(1));

    assertThat(trace).isEnded();
    var deposit = ledger.findDeposit("ETHEREUM", tx).orElseThrow();
    assertThat(deposit.amount()).isEqualByComparingTo("1.25");
    assertThat(deposit.customerUid()).isEqualTo(CUSTOMER);
    var view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("CREDITED");
    assertThat(engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(trace.getId()).variableName(DepositTraceVariables.CONFIRMATIONS).singleResult().getValue()).isEqualTo(3L);
  }

  @Test
  void aNodeThatIsDownGivesAnIncidentAndARetryAfterItIsBackFinishesTheCase() {
    String tx = anvil.sendEther(AnvilNode.ACCOUNT_0, AnvilNode.ACCOUNT_1, new BigDecimal("0.4"));
    anvil.mine(3);
    String chainState = anvil.dumpState();
    String caseNumber = api.openCase(api.depositCase(CUSTOMER, "ETHEREUM", "ETH", tx));
    ProcessInstance trace = instance(caseNumber);

    anvil.stop();
    Incident incident = engine.failUntilIncident(trace.getId());
    assertThat(incident.getActivityId()).isEqualTo("Task_CheckDepositOnChain");
    assertThat(incident.getIncidentMessage()).contains("cannot be reached");
    assertThat(trace).isWaitingAt("Task_CheckDepositOnChain");

    anvil.restart(chainState);
    engine.retryAsCockpitDoes(incident);

    assertThat(trace).isEnded();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(trace.getId()).count()).isZero();
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("CREDITED");
    assertThat(ledger.findDeposit("ETHEREUM", tx)).isPresent();
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, "deposit-trace");
  }
}
