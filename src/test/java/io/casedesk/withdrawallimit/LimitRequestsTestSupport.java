package io.casedesk.withdrawallimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the withdrawal-limit tests share: requests as the exchange sends them, the demo ledger's
 * limits kept and put back (tests raise them), and ending a test's cases that still wait for a
 * person, so that no test sees another's open request.
 */
@Component
public class LimitRequestsTestSupport {

  static final String PROCESS = "withdrawal-limit-increase";

  private final ObjectProvider<CaseApi> apis;
  private final ObjectProvider<EngineDriver> engines;
  private final TestCases cases;
  private final JdbcClient jdbc;
  private CaseApi api;
  private EngineDriver engine;
  private List<Map<String, Object>> limits;

  // The case API and the engine driver exist only in @CaseDeskTest contexts; other contexts never use this.
  LimitRequestsTestSupport(ObjectProvider<CaseApi> apis, ObjectProvider<EngineDriver> engines, TestCases cases, JdbcClient jdbc) {
    this.apis = apis;
    this.engines = engines;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  /** A request by web form, standard tier, in English. */
  ObjectNode request(String uid, String amount) {
    return request(uid, amount, "TRADING_VOLUME", "en", "STANDARD");
  }

  ObjectNode request(String uid, String amount, String reason, String locale, String tier) {
    ObjectNode request = api.json().createObjectNode();
    request.put("type", "WITHDRAWAL_LIMIT_INCREASE");
    request.put("customerUid", uid);
    request.put("channel", "WEB_FORM");
    request.put("tier", tier);
    request.put("locale", locale);
    request.put("subject", "Please raise my daily withdrawal limit");
    ObjectNode details = request.putObject("details");
    details.put("requestedDailyLimitUsd", new BigDecimal(amount));
    details.put("reason", reason);
    return request;
  }

  ProcessInstance instance(String caseNumber) {
    return engine.process(caseNumber, PROCESS);
  }

  Object historic(String caseNumber, String variable) {
    var values = engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance(caseNumber).getId()).variableName(variable).list();
    return values.isEmpty() ? null : values.get(0).getValue();
  }

  JsonNode decision(String caseNumber) {
    return api.getJson("/api/cases/" + caseNumber + "/withdrawal-limit");
  }

  BigDecimal dailyLimit(String uid) {
    return jdbc.sql("select daily_limit_usd from ledger_withdrawal_limit where customer_uid = :uid").param("uid", uid)
        .query(BigDecimal.class).single().stripTrailingZeros();
  }

  /** Runs the due jobs of one case only, as if the others were not due yet. */
  void runJobsOf(String caseNumber) {
    RuntimeService runtime = engine.engine().getRuntimeService();
    ManagementService management = engine.engine().getManagementService();
    for (int round = 0; round < 20; round++) {
      var due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
          .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Runs the case's jobs one at a time until its instance waits before {@code activity}'s own job. */
  void runJobsOfUntil(String caseNumber, java.util.function.Supplier<ProcessInstance> instance, String activity) {
    ManagementService management = engine.engine().getManagementService();
    for (int step = 0; step < 20; step++) {
      var job = management.createJobQuery().processInstanceId(instance.get().getId()).executable().list();
      if (job.size() == 1 && activity.equals(
          management.createJobDefinitionQuery().jobDefinitionId(job.get(0).getJobDefinitionId()).singleResult().getActivityId())) {
        return;
      }
      if (job.isEmpty()) {
        throw new AssertionError(caseNumber + " never came to " + activity);
      }
      management.executeJob(job.get(0).getId());
    }
    throw new AssertionError(caseNumber + " never came to " + activity);
  }

  /** Keeps the demo ledger's limits, which the tests change. */
  void keepLimits() {
    api = apis.getObject();
    engine = engines.getObject();
    limits = jdbc.sql("select * from ledger_withdrawal_limit").query().listOfRows();
  }

  /**
   * Ends the test's cases that still wait (a review is rejected by an administrator, a wait for the
   * customer runs out) and puts the demo ledger's limits back.
   */
  void endOpenCasesAndRestoreLimits() {
    TaskService tasks = engine.engine().getTaskService();
    engine.signOut();
    for (int round = 0; round < 5; round++) {
      boolean waiting = false;
      for (String caseNumber : cases.owned()) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
          engine.as("admin", () -> tasks.complete(task.getId(), Map.of("decision", "REJECT", "reasonCode", "OTHER", "comment", "End of test")));
          waiting = true;
        }
      }
      engine.runDueJobs();
      if (!waiting) {
        break;
      }
    }
    engine.advance(Duration.ofDays(8));
    if (limits != null) {
      jdbc.sql("delete from ledger_withdrawal_limit").update();
      for (Map<String, Object> row : limits) {
        jdbc.sql("insert into ledger_withdrawal_limit (customer_uid, daily_limit_usd, monthly_limit_usd, updated_at) values (:uid, :daily, :monthly, :at)")
            .param("uid", row.get("CUSTOMER_UID")).param("daily", row.get("DAILY_LIMIT_USD")).param("monthly", row.get("MONTHLY_LIMIT_USD"))
            .param("at", row.get("UPDATED_AT"))
            .update();
      }
    }
  }

  /**
   * For a test class that changes limits or leaves requests open: keeps the demo limits before each
   * test, ends its open cases and puts the limits back after it.
   */
  static class KeepsDemoLimits implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      support(context).keepLimits();
    }

    @Override
    public void afterEach(ExtensionContext context) {
      support(context).endOpenCasesAndRestoreLimits();
    }

    private static LimitRequestsTestSupport support(ExtensionContext context) {
      return SpringExtension.getApplicationContext(context).getBean(LimitRequestsTestSupport.class);
    }
  }
}
