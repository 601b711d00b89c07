package io.casedesk.whitelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.chain.Chain;
import io.casedesk.chain.ChainSettings;
import io.casedesk.support.AnvilNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain facts of a whitelist change from a real Ethereum node (anvil): a contract deployed there
 * goes to security, an ordinary account with transactions passes, and a node that is down gives
 * retries and then an incident.
 */
@CaseDeskTest
@TestClock("2026-12-03T09:00:00Z")
class WhitelistOnAnvilTests {

  /** A contract whose code always reverts: PUSH1 0 PUSH1 0 REVERT, deployed by an 11-byte constructor. */
  static final String REVERTING_CONTRACT = "0x600580600b6000396000f360006000fd";

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ChainSettings chainSettings;

  WhitelistApi whitelist;
  AnvilNode anvil;
  ChainSettings.Settings demoSettings;

  @BeforeEach
  void ethereumIsAnvil() {
    whitelist = new WhitelistApi(api, rest, jdbc);
    whitelist.restoreDemoAccounts();
    anvil = AnvilNode.start();
    demoSettings = chainSettings.getChains().get(Chain.ETHEREUM);
    ChainSettings.Settings onAnvil = new ChainSettings.Settings();
    onAnvil.setAdapter(ChainSettings.Adapter.EVM);
    onAnvil.setUrl(anvil.url());
    onAnvil.setTimeout(Duration.ofSeconds(2));
    chainSettings.getChains().put(Chain.ETHEREUM, onAnvil);
  }

  @AfterEach
  void restore() {
    chainSettings.getChains().put(Chain.ETHEREUM, demoSettings);
    anvil.close();
    whitelist.restoreDemoAccounts();
  }

  @Test
  void aContractOnChainGoesToSecurity() {
    String deploy = anvil.send(Map.of("from", AnvilNode.ACCOUNT_0, "data", REVERTING_CONTRACT));
    String contract = anvil.receipt(deploy).get("contractAddress").asText();

    String caseNumber = api.openCase(whitelist.add(WhitelistApi.CONTRACT_SENDER, "ETHEREUM", "ETH", contract));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    ProcessInstance change = engine.process(caseNumber, "whitelist-change");
    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange");
    assertThat(change).variables().containsEntry(WhitelistVariables.CONTRACT_ADDRESS, true);
  }

  @Test
  void anOrdinaryAccountPassesWithItsTransactionCount() {
    anvil.sendEther(AnvilNode.ACCOUNT_1, AnvilNode.ACCOUNT_0, new BigDecimal("0.5"));

    String caseNumber = api.openCase(whitelist.add(WhitelistApi.CLEAN, "ETHEREUM", "ETH", AnvilNode.ACCOUNT_1));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    ProcessInstance change = engine.process(caseNumber, "whitelist-change");
    assertThat(change).isWaitingAt("Gateway_CoolingOff");
    assertThat((String) runtimeService.getVariable(change.getId(), WhitelistVariables.CHAIN_NOTE)).contains("ordinary address", "1 transaction");
  }

  @Test
  void aNodeThatIsDownGivesRetriesThenAnIncident() {
    String caseNumber = api.openCase(whitelist.add(WhitelistApi.CLEAN, "ETHEREUM", "ETH", AnvilNode.ACCOUNT_1));
    whitelist.confirm(caseNumber);
    ProcessInstance change = engine.process(caseNumber, "whitelist-change");

    anvil.stop();
    var incident = engine.failUntilIncident(change.getId());
    assertThat(incident.getActivityId()).isEqualTo("Task_CheckAddressOnChain");
    assertThat(change).isWaitingAt("Task_CheckAddressOnChain");
  }
}
