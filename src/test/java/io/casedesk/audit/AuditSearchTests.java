package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Compliance finds cases by customer UID, type, days, who worked them, outcome, SLA breach and four-eyes step, page by page. */
@CaseDeskTest
@TestClock("2027-02-18T08:00:00Z")
class AuditSearchTests {

  static final String DAYS = "&from=2027-02-18&to=2027-02-19";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired TestRestTemplate rest;

  @Test
  void casesAreFoundByEveryCriterionAndPaged() {
    String approved = EndedKycCase.run(api, engine, taskService, backOffice);
    String rejected = api.openCase(api.kycCase(CaseApi.UID_OLGA, "en"));
    engine.advance(Duration.ofHours(25)); // the first-response clock runs out
    String review = EndedKycCase.task(taskService, rejected).getId();
    engine.as("kyc1", () -> taskService.complete(review,
        withVariables("decision", "REJECT", "reasonCode", "SELFIE_MISMATCH", "comment", "Another person on the selfie")));

    assertThat(found("customerUid=" + EndedKycCase.UID + DAYS)).contains(approved).doesNotContain(rejected);
    assertThat(found("type=KYC_VERIFICATION" + DAYS)).contains(approved, rejected);
    assertThat(found("type=DEPOSIT_TRACE" + DAYS)).doesNotContain(approved, rejected);
    assertThat(found("agent=compliance2" + DAYS)).contains(approved).doesNotContain(rejected);
    assertThat(found("agent=kyc1" + DAYS)).contains(approved, rejected);
    assertThat(found("outcome=REJECTED" + DAYS)).contains(rejected).doesNotContain(approved);
    assertThat(found("status=RESOLVED" + DAYS)).contains(approved).doesNotContain(rejected);
    assertThat(found("slaBreached=true" + DAYS)).contains(rejected).doesNotContain(approved);
    assertThat(found("slaBreached=false" + DAYS)).contains(approved).doesNotContain(rejected);
    assertThat(found("fourEyes=true" + DAYS)).contains(approved).doesNotContain(rejected);
    assertThat(found("fourEyes=false" + DAYS)).contains(rejected).doesNotContain(approved);
    assertThat(found("customerUid=" + EndedKycCase.UID + "&from=2027-02-20")).doesNotContain(approved);
    assertThat(found("customerUid=" + EndedKycCase.UID + "&to=2027-02-17")).doesNotContain(approved);

    JsonNode row = search("customerUid=" + EndedKycCase.UID + "&fourEyes=true" + DAYS).at("/items/0");
    assertThat(row.get("caseNumber").asText()).isEqualTo(approved);
    assertThat(row.get("outcome").asText()).isEqualTo("APPROVED");
    assertThat(row.get("openedBy").asText()).isEqualTo(CaseApi.INTAKE_USER);
    assertThat(row.get("fourEyes").asBoolean()).isTrue();
    assertThat(row.get("slaBreached").asBoolean()).isFalse();
    assertThat(row.get("agents").toString()).contains("kyc1", "compliance2", "admin");

    JsonNode first = search("type=KYC_VERIFICATION&size=1" + DAYS);
    long total = first.get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(first.get("items")).hasSize(1);
    assertThat(first.at("/items/0/caseNumber").asText()).as("newest first").isEqualTo(rejected);
    JsonNode second = search("type=KYC_VERIFICATION&size=1&page=1" + DAYS);
    assertThat(second.at("/items/0/caseNumber").asText()).isNotEqualTo(rejected);
    assertThat(search("type=KYC_VERIFICATION&size=1&page=" + total + DAYS).get("items")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "from=2027-13-01|from", "to=yesterday|to", "from=2027-02-19&to=2027-02-18|to", "slaBreached=maybe|slaBreached",
    "fourEyes=2|fourEyes", "type=kyc verification|type", "size=1000|size", "page=-1|page", "customerUid=1%27or%271|customerUid"})
  void aSearchThatBreaksARuleIs400AndSaysWhich(String query, String field) {
    var response = rest.withBasicAuth(Compliance.OFFICER, "demo").getForEntity("/api/audit/cases?" + query, JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
  }

  private JsonNode search(String query) {
    return new Compliance(rest).get("/api/audit/cases?" + (query.contains("size=") ? "" : "size=100&") + query);
  }

  private List<String> found(String query) {
    return AuditTrailTests.list(search(query).get("items")).stream().map(i -> i.get("caseNumber").asText()).toList();
  }
}
