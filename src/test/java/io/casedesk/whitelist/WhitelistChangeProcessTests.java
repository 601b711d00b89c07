package io.casedesk.whitelist;

import static io.casedesk.whitelist.WhitelistApi.CLEAN;
import static io.casedesk.whitelist.WhitelistApi.CONTRACT_SENDER;
import static io.casedesk.whitelist.WhitelistApi.DENY_LISTED_SENDER;
import static io.casedesk.whitelist.WhitelistApi.OWN_WALLET;
import static io.casedesk.whitelist.WhitelistApi.PASSWORD_CHANGED;
import static io.casedesk.whitelist.WhitelistApi.TORNADO_ROUTER;
import static io.casedesk.whitelist.WhitelistApi.USDT_CONTRACT;
import static io.casedesk.whitelist.WhitelistApi.WHITELISTED;
import static io.casedesk.whitelist.WhitelistApi.WHITELISTED_ETH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of processes/whitelist-change.bpmn through the case API, the embedded back office and
 * the demo chains, with the engine's clock: an address becomes usable only after the customer's
 * confirmation and the cooling-off, and a deny-listed address never reaches the whitelist.
 */
@CaseDeskTest
@TestClock("2026-12-03T09:00:00Z")
class WhitelistChangeProcessTests {

  static final Instant OPENED = Instant.parse("2026-12-03T09:00:00Z");
  static final String PROCESS = "whitelist-change";

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired LedgerPort ledger;
  @Autowired EmbeddedBackOffice backOffice;

  WhitelistApi whitelist;

  @BeforeEach
  void demoAccountsAsTheDemoHasThem() {
    whitelist = new WhitelistApi(api, rest, jdbc);
    whitelist.restoreDemoAccounts();
  }

  @AfterEach
  void restore() {
    whitelist.restoreDemoAccounts();
  }

  @Test
  void aCleanAdditionBecomesUsableOnlyAfterTheConfirmationAndTheCoolingOff() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET.toLowerCase()));
    ProcessInstance change = instance(caseNumber);

    assertThat(change).isWaitingAt("Task_WaitForConfirmation").hasPassed("Task_ScreenDenyList");
    assertThat(change).variables().containsEntry(WhitelistVariables.DENY_LIST_HIT, false)
        .containsEntry(WhitelistVariables.ADDRESS, OWN_WALLET);
    JsonNode waiting = api.view(caseNumber);
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(waiting.at("/sla/resolution/state").asText()).as("the customer has the turn").isEqualTo("PAUSED");
    assertThat(entry(CLEAN, OWN_WALLET)).as("nothing added before the customer confirms").isEmpty();

    engine.moveClock(Duration.ofMinutes(20));
    ResponseEntity<JsonNode> confirmed = whitelist.confirm(caseNumber);
    assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
    assertThat(confirmed.getBody().get("status").asText()).isEqualTo("OPEN");
    assertThat(change).isWaitingAt("Task_CheckAddressOnChain");
    engine.runDueJobs();

    Instant added = OPENED.plus(Duration.ofMinutes(20));
    assertThat(change).isWaitingAt("Gateway_CoolingOff")
        .hasPassed("Task_CheckAddressOnChain", "Task_CheckAccountSecurity", "Task_AddToWhitelist", "Task_NotifyPending")
        .hasNotPassed("Task_ReviewWhitelistChange");
    AccountProfile.WhitelistedAddress held = entry(CLEAN, OWN_WALLET).orElseThrow();
    assertThat(held.addedAt()).isEqualTo(added);
    assertThat(held.usableFrom()).as("usable only after the cooling-off").isEqualTo(added.plus(Duration.ofHours(24)));
    assertThat(held.label()).isEqualTo("My wallet");
    JsonNode pending = api.view(caseNumber);
    assertThat(pending.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(pending.at("/notifications/0/template").asText()).isEqualTo("whitelist-address-pending");
    assertThat(pending.at("/notifications/0/body").asText()).contains(OWN_WALLET, "2026-12-04 09:20 UTC");
    assertThat(ledger.securityChanges(CLEAN, OPENED)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SecurityChange.Kind.WHITELIST_ADD);
      assertThat(c.detail()).contains(OWN_WALLET);
    });
    assertThat(jdbc.sql("select case_number from ledger_security_change where customer_uid = :uid and kind = 'WHITELIST_ADD'")
        .param("uid", CLEAN).query(String.class).single()).as("the change names its case").isEqualTo(caseNumber);

    engine.advance(Duration.ofHours(24).minusMinutes(1));
    assertThat(change).isWaitingAt("Gateway_CoolingOff");
    engine.advance(Duration.ofMinutes(1));

    assertThat(change).isEnded().hasPassed("Event_CoolingOffOver", "Task_NotifyUsable", "Task_RecordAdded");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("ADDED");
    assertThat(view.at("/notifications/1/template").asText()).isEqualTo("whitelist-address-usable");
    assertThat(view.at("/sla/resolution/breached").asBoolean()).isFalse();
    assertThat(historic(change, WhitelistVariables.WHITELIST_ENTRY).toString()).as("the change in the case's history").contains(OWN_WALLET, caseNumber);
    assertThat(historic(change, WhitelistVariables.CONFIRMATION_NOTE).toString()).contains("2026-12-03 09:20 UTC", "203.0.113.41");
  }

  @Test
  void aVipAdditionDoesNotEscalateWhileItWaitsForTheConfirmationAndTheCoolingOff() {
    ObjectNode request = whitelist.add(CLEAN, "POLYGON", "USDT", OWN_WALLET);
    request.put("tier", "VIP");
    String caseNumber = api.openCase(request);
    engine.moveClock(Duration.ofMinutes(55));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();
    engine.advance(Duration.ofHours(24));

    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/outcome/code").asText()).isEqualTo("ADDED");
    assertThat(view.at("/sla/resolution/breached").asBoolean()).as("P1D resolution, paused while the desk waits").isFalse();
    assertThat(view.at("/sla/firstResponse/breached").asBoolean()).as("PT2H first response; nobody had to respond").isFalse();
    assertThat(view.at("/sla/firstResponse/state").asText()).isEqualTo("STOPPED");
  }

  @Test
  void aConfirmationNotGivenInTimeExpiresTheRequestAndTellsTheCustomer() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    ProcessInstance change = instance(caseNumber);

    engine.advance(Duration.ofMinutes(59));
    assertThat(change).isWaitingAt("Task_WaitForConfirmation");
    engine.advance(Duration.ofMinutes(1));

    assertThat(change).isEnded().hasPassed("Event_ConfirmationExpired", "Task_NotifyExpired");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("CONFIRMATION_EXPIRED");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("whitelist-confirmation-expired");
    assertThat(view.at("/notifications/0/body").asText()).contains(OWN_WALLET, "not confirmed in time");

    assertConflict(whitelist.confirm(caseNumber), "not-waiting-for-confirmation");
    assertThat(entry(CLEAN, OWN_WALLET)).isEmpty();
  }

  @Test
  void aConfirmationSentTwiceIsRefusedTheSecondTimeAndAddsNothingTwice() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    assertThat(whitelist.confirm(caseNumber).getStatusCode().value()).isEqualTo(200);

    ResponseEntity<JsonNode> again = whitelist.confirm(caseNumber);
    assertConflict(again, "not-waiting-for-confirmation");
    assertThat(again.getBody().get("title").asText()).isEqualTo("The case waits for no confirmation");
    engine.runDueJobs();
    assertThat(whitelist.confirm(caseNumber).getStatusCode().value()).isEqualTo(409);

    assertThat(ledger.profile(CLEAN).orElseThrow().whitelist()).filteredOn(w -> w.address().equals(OWN_WALLET)).hasSize(1);
    assertThat(ledger.securityChanges(CLEAN, OPENED)).hasSize(1);
  }

  @Test
  void theCustomerCancelsDuringTheCoolingOffAndTheAddressIsTakenOffAgain() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "USDT", OWN_WALLET));
    ProcessInstance change = instance(caseNumber);
    assertThat(whitelist.cancel(caseNumber).getStatusCode().value()).as("nothing added yet to cancel").isEqualTo(409);
    whitelist.confirm(caseNumber);
    engine.runDueJobs();
    assertThat(entry(CLEAN, OWN_WALLET)).isPresent();

    engine.advance(Duration.ofHours(3));
    ResponseEntity<JsonNode> cancelled = whitelist.cancel(caseNumber);
    assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
    assertThat(change).isWaitingAt("Task_CancelAddition");
    engine.runDueJobs();

    assertThat(change).isEnded().hasPassed("Event_CustomerCancelled", "Task_CancelAddition", "Task_NotifyCancelled").hasNotPassed("Event_CoolingOffOver");
    assertThat(entry(CLEAN, OWN_WALLET)).as("never usable").isEmpty();
    assertThat(ledger.securityChanges(CLEAN, OPENED)).extracting(SecurityChange::kind)
        .containsExactly(SecurityChange.Kind.WHITELIST_REMOVE, SecurityChange.Kind.WHITELIST_ADD);
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("CANCELLED_BY_CUSTOMER");
    assertThat(view.at("/notifications/1/template").asText()).isEqualTo("whitelist-addition-cancelled");
    assertThat(whitelist.cancel(caseNumber).getStatusCode().value()).as("cancelled once").isEqualTo(409);
    assertThat(engine.dueJobs()).isEmpty();
  }

  @Test
  void aCancellationAfterTheCoolingOffIsTooLate() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();
    engine.advance(Duration.ofHours(24));

    assertConflict(whitelist.cancel(caseNumber), "not-cancellable");
    assertThat(entry(CLEAN, OWN_WALLET)).isPresent();
  }

  @Test
  void aDenyListedAddressGoesToSecurityAtOnceAndCannotBeApprovedByAnAgent() {
    String caseNumber = api.openCase(whitelist.add(DENY_LISTED_SENDER, "ETHEREUM", "ETH", TORNADO_ROUTER.toLowerCase()));
    ProcessInstance change = instance(caseNumber);

    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange").hasNotPassed("Task_WaitForConfirmation");
    assertThat(change).task().hasCandidateGroup("security");
    assertThat(formService.getTaskFormData(task(change).getId()).getCamundaFormRef().getKey()).isEqualTo("whitelist-review-en");
    assertThat(change).variables().containsEntry(WhitelistVariables.DENY_LIST_HIT, true);
    assertThat((String) runtimeService.getVariable(change.getId(), WhitelistVariables.DENY_LIST_NOTE)).contains("HIT", "Tornado Cash: Router", "OFAC");
    assertThat(whitelist.confirm(caseNumber).getStatusCode().value()).as("nobody is asked to confirm a listed address").isEqualTo(409);

    String review = task(change).getId();
    assertThatThrownBy(() -> engine.as("security1", () -> taskService.complete(review, withVariables("decision", "APPROVE", "comment", "looks fine"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("deny list")
        .hasMessageContaining("can never be whitelisted");
    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange");

    engine.as("security1", () -> taskService.complete(review,
        withVariables("decision", "REJECT", "reasonCode", "DENY_LISTED", "comment", "Tornado Cash router; reported to compliance")));
    engine.runDueJobs();

    assertThat(change).isEnded().hasPassed("Task_NotifyRejected").hasNotPassed("Task_AddToWhitelist");
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("REJECTED");
    assertThat(view.at("/outcome/reason").asText()).isEqualTo("DENY_LISTED");
    assertThat(view.at("/notifications/0/body").asText()).contains("on a list of addresses we may not send funds to");
    assertThat(ledger.profile(DENY_LISTED_SENDER).orElseThrow().whitelist()).isEmpty();
  }

  @Test
  void aDenyListedAddressIsCaughtOnEveryEvmChainInAnySpelling() {
    String caseNumber = api.openCase(whitelist.add(DENY_LISTED_SENDER, "POLYGON", "USDT", "0x098b716b8aaf21512996dc57eb0615e2383e2f96"));
    assertThat(instance(caseNumber)).isWaitingAt("Task_ReviewWhitelistChange");
    assertThat((String) runtimeService.getVariable(instance(caseNumber).getId(), WhitelistVariables.DENY_LIST_NOTE)).contains("Lazarus Group");
  }

  /**
   * The model's own guard: whatever a review decided, an approval of a listed address leads to the
   * rejection, never to the step that adds (here the decision is put in as an operator could in Cockpit).
   */
  @Test
  void theModelRoutesAnApprovedDenyListHitToTheRejection() {
    ProcessInstance change = denyListHitMovedFromTheReviewTo("Gateway_ReviewDecision", java.util.Map.of("decision", "APPROVE"));

    assertThat(change).isEnded().hasPassed("Gateway_ApprovedDenyListed", "Task_NotifyRejected").hasNotPassed("Task_AddToWhitelist");
    assertThat(ledger.profile(DENY_LISTED_SENDER).orElseThrow().whitelist()).isEmpty();
  }

  /**
   * The last line of defence: a confirmed, deny-listed addition moved straight to the adding step (as
   * an operator could in Cockpit, or a changed model would) is screened again there, never written, and
   * goes to security.
   */
  @Test
  void theAddingStepScreensAgainAndNeverWritesADenyListedAddress() {
    ProcessInstance change = denyListHitMovedFromTheReviewTo("Task_AddToWhitelist", java.util.Map.of(
        WhitelistVariables.CUSTOMER_CONFIRMED, true, WhitelistVariables.DENY_LIST_HIT, false));

    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange").hasPassed("Event_DenyListedAtAdd");
    assertThat(change).variables().containsEntry(WhitelistVariables.DENY_LIST_HIT, true);
    assertThat(ledger.profile(DENY_LISTED_SENDER).orElseThrow().whitelist()).isEmpty();
    assertThat(ledger.securityChanges(DENY_LISTED_SENDER, OPENED)).isEmpty();
  }

  @Test
  void anUnconfirmedAdditionIsNeverWrittenWhateverPathLedToTheAddingStep() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    ProcessInstance change = instance(caseNumber);

    runtimeService.createProcessInstanceModification(change.getId())
        .startBeforeActivity("Task_AddToWhitelist")
        .cancelAllForActivity("Task_WaitForConfirmation")
        .execute();
    assertThat(engine.runDueJobsAllowingFailures()).isEqualTo(1);

    assertThat(change).isWaitingAt("Task_AddToWhitelist");
    assertThat(engine.engine().getManagementService().createJobQuery().processInstanceId(change.getId()).singleResult().getExceptionMessage())
        .contains("no addition the customer confirmed");
    assertThat(entry(CLEAN, OWN_WALLET)).isEmpty();
  }

  @Test
  void aContractAddressGoesToSecurityWhoMayAskTheCustomerAndThenApprove() {
    String caseNumber = api.openCase(whitelist.add(CONTRACT_SENDER, "ETHEREUM", "USDT", USDT_CONTRACT));
    ProcessInstance change = instance(caseNumber);
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange").hasPassed("Task_CheckAddressOnChain", "Task_CheckAccountSecurity");
    assertThat(change).task().hasCandidateGroup("security");
    assertThat(change).variables().containsEntry(WhitelistVariables.CONTRACT_ADDRESS, true)
        .containsEntry(WhitelistVariables.RECENT_SECURITY_CHANGE, false);
    assertThat((String) runtimeService.getVariable(change.getId(), WhitelistVariables.CHAIN_NOTE)).contains("CONTRACT", "312004611 transactions");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(entry(CONTRACT_SENDER, USDT_CONTRACT)).isEmpty();

    String review = task(change).getId();
    engine.as("security1", () -> taskService.complete(review, withVariables("decision", "REQUEST_INFO", "reasonCode", "CONTRACT_ADDRESS")));
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("smart contract");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");

    ObjectNode corrected = api.json().createObjectNode();
    corrected.putObject("details").put("address", OWN_WALLET);
    assertThat(api.reply(caseNumber, corrected).getStatusCode().value()).as("the confirmed address cannot be swapped").isEqualTo(400);
    assertThat(api.reply(caseNumber, java.util.Map.of("message", "It is our Safe multisig, we control it.")).getStatusCode().value()).isEqualTo(200);

    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange");
    assertThat(change).variables().containsEntry(WhitelistVariables.CUSTOMER_ANSWER, "It is our Safe multisig, we control it.");
    String second = task(change).getId();
    engine.as("security1", () -> taskService.complete(second, withVariables("decision", "APPROVE", "comment", "Customer confirmed by phone")));
    engine.runDueJobs();

    assertThat(change).isWaitingAt("Gateway_CoolingOff");
    assertThat(entry(CONTRACT_SENDER, USDT_CONTRACT).orElseThrow().usableFrom()).isEqualTo(engine.now().plus(Duration.ofHours(24)));
    engine.advance(Duration.ofHours(24));
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("ADDED");
  }

  @Test
  void aSecurityChangeInTheLast48HoursGoesToSecurity() {
    securityChange(PASSWORD_CHANGED, SecurityChange.Kind.TWO_FACTOR_RESET, OPENED.minus(Duration.ofHours(47)));
    String caseNumber = api.openCase(whitelist.add(PASSWORD_CHANGED, "ETHEREUM", "ETH", OWN_WALLET));
    ProcessInstance change = instance(caseNumber);
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    assertThat(change).isWaitingAt("Task_ReviewWhitelistChange");
    assertThat(change).variables().containsEntry(WhitelistVariables.RECENT_SECURITY_CHANGE, true)
        .containsEntry(WhitelistVariables.CONTRACT_ADDRESS, false);
    assertThat((String) runtimeService.getVariable(change.getId(), WhitelistVariables.SECURITY_CHANGE_NOTE)).contains("TWO_FACTOR_RESET", "48 h");

    String review = task(change).getId();
    engine.as("security1", () -> taskService.complete(review,
        withVariables("decision", "REJECT", "reasonCode", "RECENT_SECURITY_CHANGE", "comment", "2FA reset yesterday from a new device")));
    engine.runDueJobs();

    assertThat(change).isEnded().hasNotPassed("Task_AddToWhitelist");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("REJECTED");
    assertThat(api.view(caseNumber).at("/notifications/0/body").asText()).contains("security settings of your account changed recently");
    assertThat(entry(PASSWORD_CHANGED, OWN_WALLET)).isEmpty();
  }

  @Test
  void aSecurityChangeOlderThan48HoursOrAWhitelistChangeDoesNotHoldTheRequest() {
    securityChange(CLEAN, SecurityChange.Kind.PASSWORD_CHANGE, OPENED.minus(Duration.ofHours(49)));
    securityChange(CLEAN, SecurityChange.Kind.WHITELIST_REMOVE, OPENED.minus(Duration.ofHours(2)));
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    assertThat(instance(caseNumber)).isWaitingAt("Gateway_CoolingOff").hasNotPassed("Task_ReviewWhitelistChange");
  }

  @Test
  void aRemovalTakesEffectAtOnceAfterTheConfirmation() {
    jdbc.sql("""
            insert into ledger_whitelisted_address (customer_uid, chain, asset, address, memo, label, added_at, usable_from)
            values (:uid, 'ETHEREUM', 'ETH', :a, null, 'test', timestamp with time zone '2026-01-05 10:00:00+00', timestamp with time zone '2026-01-06 10:00:00+00')
            """).param("uid", WHITELISTED).param("a", OWN_WALLET).update();
    String caseNumber = api.openCase(whitelist.remove(WHITELISTED, "ETHEREUM", "ETH", OWN_WALLET.toLowerCase()));
    ProcessInstance change = instance(caseNumber);
    assertThat(change).isWaitingAt("Task_WaitForConfirmation").hasNotPassed("Task_ScreenDenyList");
    assertThat(entry(WHITELISTED, OWN_WALLET)).as("not before the confirmation").isPresent();

    whitelist.confirm(caseNumber);
    assertThat(change).isWaitingAt("Task_RemoveFromWhitelist");
    engine.runDueJobs();

    assertThat(change).isEnded().hasPassed("Task_NotifyRemoved", "Task_RecordRemoved").hasNotPassed("Gateway_CoolingOff");
    assertThat(entry(WHITELISTED, OWN_WALLET)).isEmpty();
    assertThat(ledger.profile(WHITELISTED).orElseThrow().whitelist()).extracting(AccountProfile.WhitelistedAddress::address)
        .containsExactly(WHITELISTED_ETH, "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe");
    assertThat(ledger.securityChanges(WHITELISTED, OPENED)).singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(SecurityChange.Kind.WHITELIST_REMOVE));
    JsonNode view = api.view(caseNumber);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("REMOVED");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("whitelist-address-removed");
    assertThat(whitelist.cancel(caseNumber).getStatusCode().value()).as("a removal has no cooling-off").isEqualTo(409);
  }

  @Test
  void removingAnAddressTheWhitelistDoesNotHoldChangesNothing() {
    String caseNumber = api.openCase(whitelist.remove(WHITELISTED, "ETHEREUM", "ETH", OWN_WALLET));
    whitelist.confirm(caseNumber);
    engine.runDueJobs();

    assertThat(instance(caseNumber)).isEnded().hasPassed("Task_NotifyNotWhitelisted");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("NOT_ON_WHITELIST");
    assertThat(ledger.profile(WHITELISTED).orElseThrow().whitelist()).hasSize(2);
  }

  @Test
  void anAddressTheWhitelistHoldsAlreadyIsNotAddedAgain() {
    String caseNumber = confirmedXrpAddition("90210");

    assertThat(instance(caseNumber)).isEnded().hasPassed("Task_NotifyAlreadyWhitelisted").hasNotPassed("Task_AddToWhitelist");
    assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("ALREADY_WHITELISTED");
    assertThat(ledger.profile(WHITELISTED).orElseThrow().whitelist()).hasSize(2);
  }

  @Test
  void theSameAddressWithAnotherTagIsAnotherEntry() {
    String caseNumber = confirmedXrpAddition("777");

    assertThat(instance(caseNumber)).isWaitingAt("Gateway_CoolingOff");
    assertThat(ledger.profile(WHITELISTED).orElseThrow().whitelist()).extracting(AccountProfile.WhitelistedAddress::memo).contains("90210", "777");
  }

  @Test
  void anAdditionRacingAnotherForTheSameAddressEndsAsAlreadyWhitelisted() {
    String first = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    String second = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    whitelist.confirm(first);
    whitelist.confirm(second);
    ProcessInstance secondChange = instance(second);
    // Both pass their checks before either adds; the back office refuses the second addition.
    runJobsUntilWaitingAt(instance(first), "Task_AddToWhitelist");
    runJobsUntilWaitingAt(secondChange, "Task_AddToWhitelist");
    runJobsUntilWaitingAt(instance(first), "Gateway_CoolingOff");
    engine.runDueJobs();

    assertThat(instance(first)).isWaitingAt("Gateway_CoolingOff");
    assertThat(secondChange).isEnded().hasPassed("Event_AlreadyWhitelistedAtAdd", "Task_NotifyAlreadyWhitelisted");
    assertThat(ledger.profile(CLEAN).orElseThrow().whitelist()).hasSize(1);
  }

  @Test
  void theLedgerDownDuringTheAdditionGivesRetriesThenAnIncidentAndARetryAddsOnce() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    ProcessInstance change = instance(caseNumber);
    whitelist.confirm(caseNumber);
    runJobsUntilWaitingAt(change, "Task_AddToWhitelist");

    Incident incident;
    backOffice.goDown();
    try {
      incident = engine.failUntilIncident(change.getId());
    } finally {
      backOffice.comeBack();
    }
    assertThat(incident.getActivityId()).isEqualTo("Task_AddToWhitelist");
    assertThat(incident.getIncidentMessage()).contains("down for maintenance");
    assertThat(entry(CLEAN, OWN_WALLET)).isEmpty();

    engine.retryAsCockpitDoes(incident);

    assertThat(change).isWaitingAt("Gateway_CoolingOff");
    assertThat(entry(CLEAN, OWN_WALLET).orElseThrow().usableFrom()).isEqualTo(engine.now().plus(Duration.ofHours(24)));
    assertThat(ledger.securityChanges(CLEAN, OPENED)).hasSize(1);
  }

  @Test
  void anUnknownCaseIs404() {
    assertThat(whitelist.confirm("CD-2026-999999").getStatusCode().value()).isEqualTo(404);
    assertThat(whitelist.cancel("CD-2026-999999").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aConfirmationToACaseOfAnotherTypeIs409() {
    String caseNumber = api.openCase(api.kycCase(CaseApi.UID_MARIA, "en"));
    assertThat(whitelist.confirm(caseNumber).getStatusCode().value()).isEqualTo(409);
    assertThat(whitelist.cancel(caseNumber).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aConfirmationWithABadIpAddressIsRefusedAndChangesNothing() {
    String caseNumber = api.openCase(whitelist.add(CLEAN, "ETHEREUM", "ETH", OWN_WALLET));
    ResponseEntity<JsonNode> refused = whitelist.post(caseNumber, "confirmation", "{\"ipAddress\":\"not an address\"}");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("ipAddress");
    assertThat(instance(caseNumber)).isWaitingAt("Task_WaitForConfirmation");
    assertThat(whitelist.post(caseNumber, "confirmation", null).getStatusCode().value()).as("the body is optional").isEqualTo(200);
  }

  /**
   * A deny-listed addition in review, moved by hand as an operator could in Cockpit (a token moved, variables set) to
   * {@code activity}, and run on from there.
   */
  private ProcessInstance denyListHitMovedFromTheReviewTo(String activity, java.util.Map<String, Object> variables) {
    ProcessInstance change = instance(api.openCase(whitelist.add(DENY_LISTED_SENDER, "ETHEREUM", "ETH", TORNADO_ROUTER)));
    runtimeService.createProcessInstanceModification(change.getId())
        .cancelAllForActivity("Task_ReviewWhitelistChange")
        .startBeforeActivity(activity)
        .setVariables(variables)
        .execute();
    engine.runDueJobs();
    return change;
  }

  /** An addition of the XRP address 10000044 has whitelisted with tag 90210, with this tag, confirmed and screened. */
  private String confirmedXrpAddition(String tag) {
    ObjectNode request = whitelist.add(WHITELISTED, "XRP", "XRP", "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe");
    CaseApi.details(request).put("memo", tag);
    String caseNumber = api.openCase(request);
    whitelist.confirm(caseNumber);
    engine.runDueJobs();
    return caseNumber;
  }

  private void runJobsUntilWaitingAt(ProcessInstance instance, String activity) {
    for (int job = 0; job < 20 && !runtimeService.getActiveActivityIds(instance.getId()).contains(activity); job++) {
      var due = engine.dueJobs().stream().filter(j -> j.getProcessInstanceId().equals(instance.getId())).findFirst().orElseThrow();
      engine.engine().getManagementService().executeJob(due.getId());
    }
    assertThat(instance).isWaitingAt(activity);
  }

  private static void assertConflict(ResponseEntity<JsonNode> response, String type) {
    assertThat(response.getStatusCode().value()).isEqualTo(409);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("type").asText()).endsWith("/problems/" + type);
  }

  private ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, PROCESS);
  }

  private Optional<AccountProfile.WhitelistedAddress> entry(String uid, String address) {
    return ledger.profile(uid).orElseThrow().whitelist().stream().filter(w -> w.address().equalsIgnoreCase(address)).findFirst();
  }

  private Object historic(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  private void securityChange(String uid, SecurityChange.Kind kind, Instant at) {
    jdbc.sql("insert into ledger_security_change (customer_uid, kind, occurred_at, detail) values (:uid, :kind, :at, 'test: a change')")
        .param("uid", uid).param("kind", kind.name()).param("at", at.atOffset(ZoneOffset.UTC)).update();
  }
}
