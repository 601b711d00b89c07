package io.casedesk;

import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.casedesk.audit.ExportVerification;
import io.casedesk.audit.internal.Ed25519Keys;
import io.casedesk.support.CaseApi;
import io.casedesk.support.EngineClockExtension;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import io.casedesk.support.TestSupportConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk on a real PostgreSQL, as in production: Flyway's migrations, the engine's schema, case
 * numbers from a sequence, and a KYC case from intake to resolution.
 */
// The engine registry is static: an engine of its own name keeps the other test context's REST API
// talking to that context's engine.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.process-engine-name=postgresTest",
    // Without the webapps: their filters bind statically to the last context that starts them, and would take
    // the shared test context's Tasklist over.
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"})
@ActiveProfiles({"demo", "test"})
@Import({TestSupportConfiguration.class, PostgresIntegrationTests.EmbeddedPostgresConfiguration.class})
@ExtendWith(EngineClockExtension.class)
// Closed after its test, while its PostgreSQL still runs; no other test shares this context.
@DirtiesContext
@TestClock("2026-07-01T12:00:00Z")
class PostgresIntegrationTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  /** A real PostgreSQL server for this context; stopped after the DataSource that uses it is closed. */
  @TestConfiguration
  static class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return EmbeddedPostgres.builder().start();
    }

    @Bean
    @Primary
    @DependsOn("embeddedPostgres") // stopped after the pool and the engine that use it, not before
    DataSource dataSource(EmbeddedPostgres postgres) {
      HikariDataSource dataSource = new HikariDataSource();
      dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      dataSource.setUsername("postgres");
      dataSource.setPassword("postgres");
      return dataSource;
    }
  }


  @Test
  void aKycCaseRunsFromIntakeToResolutionOnPostgres() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");

    String first = api.openCase(api.kycCase(UID_OLGA, "ru-RU"));
    String second = api.openCase(api.kycCase(UID_OLGA, "ru-RU"));
    assertThat(first).isEqualTo("CD-2026-000001");
    assertThat(second).isEqualTo("CD-2026-000002");

    var task = taskService.createTaskQuery().processInstanceBusinessKey(first).singleResult();
    engine.as("agentRu", () -> taskService.complete(task.getId(), java.util.Map.of("decision", "APPROVE")));
    engine.runDueJobs();

    var view = api.view(first);
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.get("locale").asText()).isEqualTo("ru");
    assertThat(view.at("/notifications/0/template").asText()).isEqualTo("kyc-approved");
    assertThat(jdbc.sql("select kyc_level from ledger_account where uid = :uid").param("uid", UID_OLGA).query(Integer.class).single())
        .isEqualTo(1);

    // The compliance audit on PostgreSQL: the search over the engine's history tables, the trail, a signed export.
    var compliance = rest.withBasicAuth("compliance1", "demo");
    var found = compliance.getForEntity("/api/audit/cases?customerUid=" + UID_OLGA + "&agent=agentRu&fourEyes=false&slaBreached=false",
        JsonNode.class);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    assertThat(found.getBody().at("/items/0/caseNumber").asText()).isEqualTo(first);
    var trail = compliance.getForEntity("/api/audit/cases/" + first, JsonNode.class).getBody();
    assertThat(trail.at("/summary/triage/decisionKey").asText()).isEqualTo("sla-policy");
    assertThat(trail.at("/summary/decisions/0/completedBy").asText()).isEqualTo("agentRu");
    var export = compliance.getForEntity("/api/audit/cases/" + first + "/export?format=csv", byte[].class).getBody();
    var key = Ed25519Keys.fromPublicPem(compliance.getForEntity("/api/audit/export-key", String.class).getBody());
    assertThat(ExportVerification.verify(export, key).valid()).isTrue();
  }
}
