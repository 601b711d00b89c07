package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cluster.CaseAudit.Counts;
import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.support.DeskNode;
import io.casedesk.support.Poll;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One of two nodes killed with {@code kill -9} in the middle of a load of cases, while timers are
 * pending and asynchronous ledger and chain steps are queued or running. Clients retry what the dead
 * node did not answer on the other one, with the same Idempotency-Key; the other node finishes every
 * case, including the jobs the dead node had locked (once their lock expired): nothing lost, nothing
 * done twice.
 */
class NodeKilledMidLoadIT {

  @Test
  void theOtherNodeFinishesEveryCaseOfANodeKilledMidLoad() throws Exception {
    try (Cluster cluster = new Cluster()) {
      List<String> timers = Cluster.shortTimers(Duration.ofSeconds(4), Duration.ofSeconds(8));
      DeskNode a = cluster.node("node-a", timers).start();
      DeskNode b = cluster.node("node-b", timers).start();
      a.awaitReady(Cluster.START);
      b.awaitReady(Cluster.START);
      Cluster.deploySlaPolicy(a, Duration.ofSeconds(8), Duration.ofSeconds(16));
      CaseAudit audit = new CaseAudit(cluster.dataSource());

      Intake intake = new Intake();
      List<CaseMix.Request> load = CaseMix.of("killed", 8, Kind.values());
      CompletableFuture<Void> clients = CompletableFuture.runAsync(() -> intake.open(load, 4, i -> i % 2 == 0 ? List.of(a, b) : List.of(b, a)));
      Poll.until(Duration.ofMinutes(2), "half of the load accepted", () -> intake.accepted.size() >= load.size() / 2 || clients.isDone());
      int lockedAtKill = audit.number("select count(*) from act_ru_job where lock_owner_ is not null");
      int timersPendingAtKill = audit.number("select count(*) from act_ru_job where type_ = 'timer'");
      a.kill();
      int acceptedBeforeKill = intake.accepted.size();
      clients.join();

      new Reviewer(audit, intake, cluster::alive).untilAllDone(Duration.ofMinutes(4), "every case done by the surviving node");

      Counts counts = audit.count(intake);
      counts.print("NodeKilledMidLoadIT", "node-a killed (kill -9) after " + acceptedBeforeKill + " accepted, with "
          + timersPendingAtKill + " timers pending and " + lockedAtKill + " jobs locked by the nodes; requests retried on node-b "
          + intake.retries.get() + "; jobs run by node " + audit.jobsByNode() + ", failed runs retried " + audit.failedJobRuns());
      assertThat(counts.accepted()).isEqualTo(load.size());
      assertThat(intake.refused).as("requests refused").isEmpty();
      assertThat(counts.lost()).isZero();
      assertThat(counts.duplicated()).isZero();
      assertThat(counts.completed()).isEqualTo(counts.accepted());
    }
  }
}
