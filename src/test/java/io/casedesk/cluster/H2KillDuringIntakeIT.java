package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cluster.CaseAudit.Counts;
import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.support.DeskNode;
import io.casedesk.support.Poll;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A single node on the default H2 file database (the URL of application.yaml, in the node's own
 * working directory) killed with {@code kill -9} while eight clients open cases. After the restart
 * every case that got a 201 exists and goes on to its resolution, and the clients' retries of every
 * request with the same Idempotency-Key create no second case.
 *
 * <p>To see the test fail as the desk did before, run it on H2's own write delay:
 * {@code -Dit.test=H2KillDuringIntakeIT "-Dh2kill.arguments=--spring.datasource.url=jdbc:h2:file:./data/casedesk;WRITE_DELAY=500"}.
 */
class H2KillDuringIntakeIT {

  static final int CLIENTS = 8;
  static final int KILL_AFTER_ACCEPTED = 40;

  @Test
  void everyAcknowledgedCaseSurvivesAKillOfTheProcessAndRetriesCreateNoDuplicates() throws Exception {
    Path directory = Path.of("target", "it-nodes", "h2-kill").toAbsolutePath();
    FileSystemUtils.deleteRecursively(directory);
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
    if (System.getProperty("h2kill.arguments") != null) {
      arguments.add(System.getProperty("h2kill.arguments"));
    }
    DeskNode node = new DeskNode("h2-node", directory, Map.of(), arguments);
    try (node) {
      node.start().awaitReady(Cluster.START);
      Intake intake = new Intake();
      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger numbers = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        clients.submit(() -> {
          while (!killed.get()) {
            intake.send(CaseMix.request("h2-" + numbers.incrementAndGet(), Kind.KYC_APPROVED), List.of(node));
          }
        });
      }
      Poll.until(Duration.ofMinutes(2), KILL_AFTER_ACCEPTED + " cases accepted", () -> intake.accepted.size() >= KILL_AFTER_ACCEPTED);
      node.kill();
      killed.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
      int acknowledged = intake.accepted.size();
      int unanswered = intake.requests.size() - acknowledged;

      node.start().awaitReady(Cluster.START);
      DeskHttp http = new DeskHttp();
      List<String> missing = new ArrayList<>();
      for (String caseNumber : intake.accepted.values()) {
        if (http.get(node, "intake", "/api/cases/" + caseNumber).status() != 200) {
          missing.add(caseNumber);
        }
      }
      // Every client retries every request it sent, answered or not, with its key and body.
      for (CaseMix.Request request : new ArrayList<>(intake.requests.values())) {
        intake.send(request, List.of(node));
      }
      if (!missing.isEmpty()) {
        // Lost cases never resolve: count what the API shows and stop here.
        new Counts(acknowledged, 0, missing.size(), intake.conflicting.size(),
            Map.of("keys answered with two cases", intake.conflicting.size()))
            .print("H2KillDuringIntakeIT", "acknowledged but missing after the restart: " + missing);
      }
      assertThat(missing).as("cases answered 201 and gone after kill -9").isEmpty();
      Reviewer reviewer = new Reviewer(null, intake, () -> List.of(node));
      Poll.until(Duration.ofMinutes(3), "every case resolved after the restart", () -> {
        reviewer.approveDue();
        return intake.accepted.values().stream().allMatch(n -> resolved(http, node, n));
      });
      node.stop();

      JdbcDataSource database = new JdbcDataSource();
      database.setURL("jdbc:h2:file:" + directory.resolve("data/casedesk"));
      database.setUser("sa");
      CaseAudit audit = new CaseAudit(database);
      Counts counts = audit.count(intake);
      counts.print("H2KillDuringIntakeIT", "killed (kill -9) after " + acknowledged + " cases answered 201, " + unanswered
          + " requests unanswered; acknowledged but missing after the restart: 0; retried requests " + intake.requests.size()
          + ", cases in the database " + audit.number("select count(*) from cd_case"));
      assertThat(intake.refused).as("requests refused").isEmpty();
      assertThat(counts.lost()).isZero();
      assertThat(counts.duplicated()).isZero();
      assertThat(counts.completed()).isEqualTo(counts.accepted());
      assertThat(audit.number("select count(*) from cd_case")).isEqualTo(intake.requests.size());
    }
  }

  private static boolean resolved(DeskHttp http, DeskNode node, String caseNumber) {
    try {
      return "RESOLVED".equals(http.get(node, "intake", "/api/cases/" + caseNumber).json().path("status").asText());
    } catch (IOException e) {
      return false;
    }
  }
}
