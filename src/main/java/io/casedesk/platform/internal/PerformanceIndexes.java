package io.casedesk.platform.internal;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the desk's hot engine queries need beyond the engine's own schema, created once the engine
 * has created its tables: the agent inbox (a queue's tasks by priority, then due date) and job
 * acquisition by due date (so due escalation timers are picked up first). Both are plain B-tree
 * indexes on PostgreSQL and H2; turn them off with {@code casedesk.performance.indexes=false}.
 */
@Component
class PerformanceIndexes extends AbstractProcessEnginePlugin {

  static final List<String> INDEXES = List.of(
      "create index if not exists cd_idx_task_inbox on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_)",
      "create index if not exists cd_idx_job_due on ACT_RU_JOB (DUEDATE_)");

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
    }
  }
}
