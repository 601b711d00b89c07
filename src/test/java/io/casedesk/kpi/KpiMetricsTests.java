package io.casedesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The casedesk_* metrics on /actuator/prometheus, for supervisors and administrators. */
@CaseDeskTest
@TestClock("2031-01-13T08:00:00Z")
class KpiMetricsTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired TestCases testCases;

  @Test
  void operatorsScrapeOpenCasesBreachesNotificationsAndResponseTimers() {
    KpiCases cases = new KpiCases(api, engine, taskService, rest).owning(testCases::own);
    String caseNumber = cases.kyc(KpiCases.UID_A, "en", "EMAIL_TICKET", "STANDARD", true);
    cases.approve(caseNumber, "agentEn");
    cases.kyc(KpiCases.UID_B, "en", "EMAIL_TICKET", "STANDARD", true);

    ResponseEntity<String> scrape = CaseApi.as(rest, "supervisor1").getForEntity("/actuator/prometheus", String.class);
    assertThat(scrape.getStatusCode().value()).isEqualTo(200);
    assertThat(scrape.getBody())
        .containsPattern("casedesk_cases_open\\{[^}]*queue=\"kyc\"[^}]*} [1-9]")
        .contains("casedesk_sla_breaches_total{clock=\"FIRST_RESPONSE\"")
        .containsPattern("casedesk_notifications\\{[^}]*status=\"PENDING\"[^}]*} [1-9]")
        .contains("casedesk_first_response_seconds_count{tier=\"STANDARD\"")
        .contains("casedesk_resolution_seconds_count{tier=\"STANDARD\"");
    assertThat(CaseApi.as(rest, "admin").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(CaseApi.as(rest, "agentEn").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(CaseApi.as(rest, "compliance1").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(CaseApi.as(rest, "-").getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
  }
}
