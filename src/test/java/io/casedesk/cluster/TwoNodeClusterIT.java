package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cluster.CaseAudit.Counts;
import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.support.DeskNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two nodes as separate processes on one PostgreSQL, started at the same moment on an empty database,
 * with cases opened through both: every SLA timer and asynchronous step runs exactly once across the
 * cluster, every case reaches its end, and the simultaneous first start created everything once.
 */
class TwoNodeClusterIT {

  @Test
  void twoNodesRunEveryTimerAndAsynchronousStepOnceAndFinishEveryCase() throws Exception {
    try (Cluster cluster = new Cluster()) {
      List<String> timers = Cluster.shortTimers(Duration.ofSeconds(4), Duration.ofSeconds(8));
      DeskNode a = cluster.node("node-a", timers);
      DeskNode b = cluster.node("node-b", timers);
      // Both at once, on a database that has nothing yet: schema, grants, filters, users, form deployment.
      a.start();
      b.start();
      CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.awaitReady(Cluster.START)),
          CompletableFuture.runAsync(() -> b.awaitReady(Cluster.START))).join();
      CaseAudit audit = new CaseAudit(cluster.dataSource());
      int duplicateFilters = audit.number(
          "select count(*) from (select name_ from act_ru_filter group by name_ having count(*) > 1) t");
      int filters = audit.number("select count(*) from act_ru_filter");
      int formDeployments = audit.number("select count(*) from act_re_deployment where name_ = 'casedesk-localized-forms'");
      int grants = audit.number("select count(*) from act_ru_authorization");
      int users = audit.number("select count(*) from act_id_user");

      Cluster.deploySlaPolicy(a, Duration.ofSeconds(8), Duration.ofSeconds(16));
      Intake intake = new Intake();
      List<CaseMix.Request> load = CaseMix.of("cluster", 6, Kind.values());
      intake.open(load, 4, i -> i % 2 == 0 ? List.of(a, b) : List.of(b, a));
      new Reviewer(audit, intake, cluster::alive).untilAllDone(Duration.ofMinutes(3), "every case done");

      Counts counts = audit.count(intake);
      counts.print("TwoNodeClusterIT", "jobs run by node " + audit.jobsByNode() + ", by type " + audit.jobsByType()
          + ", failed runs retried " + audit.failedJobRuns()
          + "; start-up of both nodes at once: " + filters + " filters (" + duplicateFilters + " duplicated), "
          + formDeployments + " localized form deployment, " + grants + " grants, " + users + " users");
      assertThat(counts.accepted()).isEqualTo(load.size());
      assertThat(intake.refused).as("requests refused").isEmpty();
      assertThat(counts.lost()).isZero();
      assertThat(counts.duplicated()).isZero();
      assertThat(counts.completed()).isEqualTo(counts.accepted());
      assertThat(audit.jobsByNode()).as("both nodes ran jobs").containsOnlyKeys("node-a", "node-b");
      assertThat(duplicateFilters).isZero();
      assertThat(formDeployments).isEqualTo(1);
    }
  }
}
