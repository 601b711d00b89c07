package io.casedesk.platform.internal;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the desk's hot engine queries need beyond the engine's own schema, created once the engine
 * has created its tables: the agent inbox (a queue's tasks by priority, then due date; a queue's
 * candidate-group links, so the queue filter is answered from the index alone) and job acquisition in
 * its order (timers first, by due date: due escalation timers are picked up first). Plain B-tree indexes on PostgreSQL and H2;
 * turn them off with {@code casedesk.performance.indexes=false}.
 *
 * <p>On PostgreSQL also statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}: the engine's
 * authorization check tests {@code PERMS_ & 2 = 2} (read a task) and {@code PERMS_ & 64 = 64} (read the
 * tasks of a definition), which PostgreSQL otherwise estimates at 0.5 % of the rows. With that guess a
 * task query takes the agent's few authorizations to be a hundred rows and compares every one with
 * every task of the queue (10 000 tasks × 20 000 authorizations: seconds); with the statistics it looks
 * up each task's own authorizations by resource id. They take effect with custom plans only
 * ({@code plan_cache_mode}, see application-postgres.yaml). Statistics on expressions need PostgreSQL 14
 * or later; an older server goes without them.
 */
@Component
class PerformanceIndexes extends AbstractProcessEnginePlugin {

  static final List<String> INDEXES = List.of(
      "create index if not exists cd_idx_task_inbox on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_)",
      "create index if not exists cd_idx_identitylink_group on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      // Job acquisition orders by TYPE_ desc (timers first), then DUEDATE_ (job-executor-prefer-timer-jobs,
      // job-executor-acquire-by-due-date): an index in that order hands over the first due jobs without a sort.
      "create index if not exists cd_idx_job_acquisition on ACT_RU_JOB (TYPE_ desc, DUEDATE_)",
      // Its forerunner on DUEDATE_ alone, which that order cannot use.
      "drop index if exists cd_idx_job_due");

  static final String AUTHORIZATION_STATISTICS = "cd_stat_auth_perms";

  private final DataSource dataSource;
  private final boolean enabled;

  PerformanceIndexes(DataSource dataSource, @Value("${casedesk.performance.indexes:true}") boolean enabled) {
    this.dataSource = dataSource;
    this.enabled = enabled;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (enabled) {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      INDEXES.forEach(jdbc::execute);
      String databaseType = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType();
      if ("postgres".equals(databaseType)) {
        authorizationStatistics(jdbc);
      }
    }
  }

  /** Created once, then analysed at once (autovacuum keeps them current as authorizations come and go). */
  private static void authorizationStatistics(JdbcTemplate jdbc) {
    Integer version = jdbc.queryForObject("select current_setting('server_version_num')::integer", Integer.class);
    Integer existing = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class, AUTHORIZATION_STATISTICS);
    if (version != null && version >= 140000 && existing != null && existing == 0) {
      jdbc.execute("create statistics if not exists " + AUTHORIZATION_STATISTICS + " on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION");
      jdbc.execute("analyze ACT_RU_AUTHORIZATION");
    }
  }
}
