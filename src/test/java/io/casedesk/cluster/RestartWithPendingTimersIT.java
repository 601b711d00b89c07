package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cluster.CaseAudit.Counts;
import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.support.DeskNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A restart with pending timers: cases are opened, the node is stopped before any of their SLA and
 * reply-wait timers is due and started again as a new process. Every timer fires after the restart
 * (those that fell due while the node was down right after it), none twice, and every case ends.
 */
class RestartWithPendingTimersIT {

  @Test
  void pendingTimersFireAfterARestartAndNoneTwice() throws Exception {
    try (Cluster cluster = new Cluster()) {
      DeskNode node = cluster.node("restarted-node", Cluster.shortTimers(Duration.ofSeconds(12), Duration.ofSeconds(60)));
      node.start().awaitReady(Cluster.START);
      Cluster.deploySlaPolicy(node, Duration.ofSeconds(20), Duration.ofSeconds(40));
      CaseAudit audit = new CaseAudit(cluster.dataSource());

      Intake intake = new Intake();
      List<CaseMix.Request> load = CaseMix.of("restart", 4, Kind.KYC_REVIEWED, Kind.KYC_NO_REPLY, Kind.DEPOSIT_CREDITED);
      intake.open(load, 4, i -> List.of(node));
      node.stop();
      String oneShot = CaseMix.ONE_SHOT_TIMERS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
      int firedBeforeStop = audit.number("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ in (" + oneShot + ")");
      int pending = audit.number("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.type_ = 'timer' and d.act_id_ in ("
          + oneShot + ")");

      node.start().awaitReady(Cluster.START);
      Instant restarted = node.startedAt();
      new Reviewer(audit, intake, cluster::alive).untilAllDone(Duration.ofMinutes(3), "every case done after the restart");
      int firedAfterRestart = audit.db()
          .sql("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ in (" + oneShot + ") and timestamp_ >= :restarted")
          .param("restarted", Timestamp.from(restarted)).query(Integer.class).single();
      int firedInAll = audit.number("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ in (" + oneShot + ")");

      Counts counts = audit.count(intake);
      counts.print("RestartWithPendingTimersIT", "timers pending at the stop " + pending + " (fired before it " + firedBeforeStop
          + "); fired after the restart " + firedAfterRestart + " of " + firedInAll + "; failed runs retried " + audit.failedJobRuns());
      assertThat(intake.refused).as("requests refused").isEmpty();
      assertThat(firedBeforeStop).isZero();
      // At least the 4 SLA timers of each KYC case under review and the reminder and the close of each
      // case waiting for its customer (whose SLA timers are held); deposits may have finished before the stop.
      assertThat(pending).isGreaterThanOrEqualTo(4 * 4 + 4 * 2);
      assertThat(firedInAll).isGreaterThanOrEqualTo(4 * 4 + 4 * 2);
      assertThat(firedAfterRestart).as("timers that fired after the restart").isEqualTo(firedInAll);
      assertThat(counts.lost()).isZero();
      assertThat(counts.duplicated()).isZero();
      assertThat(counts.completed()).isEqualTo(counts.accepted()).isEqualTo(load.size());
    }
  }
}
