package io.casedesk.intake;

import static io.casedesk.support.CaseApi.UID_MARIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests with the same Idempotency-Key and body at the same moment: a real race, two threads
 * released together by a latch, both past the replay check before either has committed. One case is
 * created and both get it; the one that lost the race is answered from intake's race branch.
 */
@CaseDeskTest
@TestClock("2026-05-04T09:00:00Z")
class IdempotencyConcurrencyTests {

  /** Races are real, so a round may happen to run one after the other; a few rounds make a race certain. */
  static final int ROUNDS = 10;

  @Autowired CaseApi api;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  @Test
  void twoParallelRequestsWithTheSameKeyAndBodyCreateOneCaseAndBothGetIt() throws Exception {
    double racesBefore = races();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String key = UUID.randomUUID().toString();
        ObjectNode body = api.kycCase(UID_MARIA, "es-ES");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> responses = List.of(
            clients.submit(() -> {
              start.await();
              return api.open(body, key);
            }),
            clients.submit(() -> {
              start.await();
              return api.open(body, key);
            }));
        start.countDown();
        ResponseEntity<JsonNode> first = responses.get(0).get(30, TimeUnit.SECONDS);
        ResponseEntity<JsonNode> second = responses.get(1).get(30, TimeUnit.SECONDS);

        assertThat(List.of(first.getStatusCode().value(), second.getStatusCode().value())).containsOnly(201);
        String caseNumber = first.getBody().get("caseNumber").asText();
        assertThat(second.getBody().get("caseNumber").asText()).as("both get the same case").isEqualTo(caseNumber);
        assertThat(List.of(first.getHeaders().getFirst("Idempotent-Replayed"), second.getHeaders().getFirst("Idempotent-Replayed")))
            .containsExactlyInAnyOrder("false", "true");
        assertThat(jdbc.sql("select count(*) from cd_idempotency_key where idempotency_key = :k").param("k", key).query(Integer.class).single())
            .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cd_case c join cd_idempotency_key k on k.case_number = c.case_number where k.idempotency_key = :k")
            .param("k", key).query(Integer.class).single()).isEqualTo(1);
        assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("IN_REVIEW");
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(races() - racesBefore).as("requests answered by intake's race branch").isGreaterThan(0);
  }

  private double races() {
    var counter = meters.find("casedesk.intake.idempotency.concurrent").counter();
    return counter == null ? 0 : counter.count();
  }
}
