package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.EngineDriver;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A KYC case taken through every step the audit must show, to its end: opened by the exchange's back
 * end with the selfie missing (triage, the customer asked, SLA clocks paused), the customer's reply
 * relayed, the automated checks with a PEP hit, a review by {@code kyc1} (claim, approve) after the
 * first-response clock reached 75 %, four eyes: the second approval by {@code compliance2}, the back
 * office down while the KYC level is set (retries, an incident), Cockpit's retry by {@code admin},
 * and the case resolved.
 */
final class EndedKycCase {

  /** The demo account of the watchlisted applicant (approval sets level 1, as other tests do). */
  static final String UID = CaseApi.UID_MARIA;
  static final String REVIEW_COMMENT = "Former official, documents consistent";
  static final String SECOND_COMMENT = "PEP cleared by compliance";

  private EndedKycCase() {}

  static String run(CaseApi api, EngineDriver engine, TaskService taskService, EmbeddedBackOffice backOffice) {
    ObjectNode request = api.kycCase(UID, "en");
    ObjectNode applicant = CaseApi.details(request).with("applicant");
    applicant.put("firstName", "Hoàng");
    applicant.put("lastName", "Nguyễn Văn");
    applicant.put("dateOfBirth", "1969-08-05");
    CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
    String caseNumber = api.openCase(request);

    engine.advance(Duration.ofHours(2));
    ObjectNode reply = api.json().createObjectNode();
    reply.put("message", "Here is my selfie");
    reply.putArray("documents").add(api.document("SELFIE", null));
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);

    engine.advance(Duration.ofHours(19)); // 75 % of the 24 h first-response clock
    Task review = task(taskService, caseNumber);
    engine.as("kyc1", () -> {
      taskService.claim(review.getId(), "kyc1");
      taskService.complete(review.getId(), withVariables("decision", "APPROVE", "comment", REVIEW_COMMENT));
    });

    engine.advance(Duration.ofHours(1));
    Task second = task(taskService, caseNumber);
    assertThat(second.getTaskDefinitionKey()).isEqualTo("Task_ComplianceApproval");
    engine.as("compliance2", () -> taskService.complete(second.getId(), withVariables("decision", "APPROVE", "comment", SECOND_COMMENT)));

    engine.moveClock(Duration.ofMinutes(5));
    backOffice.goDown();
    try {
      engine.runDueJobsAllowingFailures();
      for (int retry = 0; retry < 2; retry++) {
        engine.moveClock(Duration.ofMinutes(1).plusSeconds(1));
        engine.runDueJobsAllowingFailures();
      }
    } finally {
      backOffice.comeBack();
    }
    var management = engine.engine().getManagementService();
    String kyc = engine.process(caseNumber, "kyc-verification").getId();
    var incident = engine.engine().getRuntimeService().createIncidentQuery().processInstanceId(kyc).singleResult();
    engine.moveClock(Duration.ofMinutes(10));
    engine.as("admin", () -> management.setJobRetries(incident.getConfiguration(), 1));
    management.setJobDuedate(incident.getConfiguration(), java.util.Date.from(engine.now()));
    engine.runDueJobs();
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    engine.moveClock(Duration.ofMinutes(1));
    return caseNumber;
  }

  static Task task(TaskService taskService, String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }
}
