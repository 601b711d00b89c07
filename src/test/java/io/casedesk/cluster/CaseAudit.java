package io.casedesk.cluster;

import io.casedesk.cluster.CaseMix.Kind;
import io.casedesk.cluster.CaseMix.Request;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database says happened to the cases of a test: read from the desk's own tables and the
 * engine's history (job log, activity instances), which every node writes in the same transaction as
 * the work itself.
 */
final class CaseAudit {

  private final JdbcClient db;

  CaseAudit(DataSource dataSource) {
    this.db = JdbcClient.create(dataSource);
  }

  /** The four counts each test prints, and the details behind "duplicated". */
  record Counts(int accepted, int completed, int lost, int duplicated, Map<String, Integer> duplicates) {

    void print(String test, String more) {
      System.out.printf("%n[%s] accepted=%d completed=%d lost=%d duplicated=%d%n  duplicates by kind: %s%n  %s%n%n",
          test, accepted, completed, lost, duplicated, duplicates, more);
    }
  }

  Counts count(Intake intake) {
    Map<String, String> statuses = statuses();
    Map<String, Integer> jobs = jobSuccesses();
    Map<String, Integer> notifications = notifications();
    int completed = 0;
    int lost = 0;
    for (Map.Entry<String, String> accepted : intake.accepted.entrySet()) {
      String caseNumber = accepted.getValue();
      if (!statuses.containsKey(caseNumber)) {
        lost++;
      } else if (done(intake.requests.get(accepted.getKey()), caseNumber, statuses, jobs, notifications)) {
        completed++;
      }
    }
    Map<String, Integer> duplicates = duplicates(intake);
    int duplicated = duplicates.values().stream().mapToInt(Integer::intValue).sum();
    return new Counts(intake.accepted.size(), completed, lost, duplicated, duplicates);
  }

  /** Every accepted case reached its end with all it must have done. */
  boolean allDone(Intake intake) {
    Map<String, String> statuses = statuses();
    Map<String, Integer> jobs = jobSuccesses();
    Map<String, Integer> notifications = notifications();
    return intake.accepted.entrySet().stream()
        .allMatch(a -> done(intake.requests.get(a.getKey()), a.getValue(), statuses, jobs, notifications));
  }

  /** The accepted cases that are not done yet, with what the database shows of them. */
  String undone(Intake intake) {
    Map<String, String> statuses = statuses();
    Map<String, Integer> jobs = jobSuccesses();
    Map<String, Integer> notifications = notifications();
    return intake.accepted.entrySet().stream()
        .filter(a -> !done(intake.requests.get(a.getKey()), a.getValue(), statuses, jobs, notifications))
        .map(a -> a.getValue() + " " + intake.requests.get(a.getKey()).kind() + " " + statuses.get(a.getValue())
            + " jobs " + filtered(jobs, a.getValue()) + " notifications " + filtered(notifications, a.getValue())
            + " open jobs " + db.sql("""
                select d.act_id_ || ' retries ' || j.retries_ || ' locked ' || coalesce(cast(j.lock_exp_time_ as varchar), '-')
                || ' due ' || coalesce(cast(j.duedate_ as varchar), '-') || ' ' || coalesce(j.exception_msg_, '')
                from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ join act_hi_procinst p on p.id_ = j.process_instance_id_
                where p.business_key_ = :n""").param("n", a.getValue()).query(String.class).list())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  private static Map<String, Integer> filtered(Map<String, Integer> counts, String caseNumber) {
    return counts.entrySet().stream().filter(e -> e.getKey().startsWith(caseNumber + "|"))
        .collect(Collectors.toMap(e -> e.getKey().substring(caseNumber.length() + 1), Map.Entry::getValue));
  }

  private static boolean done(Request request, String caseNumber, Map<String, String> statuses, Map<String, Integer> jobs,
      Map<String, Integer> notifications) {
    Kind kind = request.kind();
    return kind.finalStatus.equals(statuses.get(caseNumber))
        && kind.jobs.entrySet().stream().allMatch(e -> jobs.getOrDefault(caseNumber + "|" + e.getKey(), 0).equals(e.getValue()))
        && kind.notifications.entrySet().stream()
            .allMatch(e -> notifications.getOrDefault(caseNumber + "|" + e.getKey(), 0).equals(e.getValue()));
  }

  /** Everything that happened more often than once, by kind. */
  Map<String, Integer> duplicates(Intake intake) {
    Map<String, Integer> d = new LinkedHashMap<>();
    d.put("keys answered with two cases", intake.conflicting.size());
    d.put("cases created twice for one request", number(
        "select coalesce(sum(n - 1), 0) from (select subject, count(*) n from cd_case group by subject having count(*) > 1) t"));
    d.put("jobs run twice", number(
        "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) t"));
    d.put("timers fired twice", number(
        "select count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst where act_id_ in ("
            + CaseMix.ONE_SHOT_TIMERS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
            + ") group by proc_inst_id_, act_id_ having count(*) > 1) t"));
    d.put("notifications sent twice", number(
        "select count(*) from (select case_number, template from cd_notification group by case_number, template having count(*) > 1) t"));
    d.put("deposits credited twice", number(
        "select count(*) from (select chain, tx_id from ledger_deposit group by chain, tx_id having count(*) > 1) t"));
    return d;
  }

  /** Successful job executions by node (the engine's host name in the job log). */
  Map<String, Integer> jobsByNode() {
    return db.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by hostname_")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** Failed job executions (retried by the engine, as the model's retry cycle says). */
  int failedJobRuns() {
    return number("select count(*) from act_hi_job_log where job_state_ = 1");
  }

  /** Successful executions of timer jobs and of asynchronous steps. */
  Map<String, Integer> jobsByType() {
    return db.sql("select job_def_type_, count(*) from act_hi_job_log where job_state_ = 2 group by job_def_type_ order by job_def_type_")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  int number(String sql) {
    return db.sql(sql).query(Integer.class).single();
  }

  JdbcClient db() {
    return db;
  }

  private Map<String, String> statuses() {
    Map<String, String> statuses = new HashMap<>();
    db.sql("select case_number, status from cd_case").query((rs, row) -> statuses.put(rs.getString(1), rs.getString(2))).list();
    return statuses;
  }

  /** Successful job executions by case number and activity id. */
  private Map<String, Integer> jobSuccesses() {
    return counts("""
        select p.business_key_, j.act_id_, count(*) from act_hi_job_log j join act_hi_procinst p on p.id_ = j.process_instance_id_
        where j.job_state_ = 2 group by p.business_key_, j.act_id_""");
  }

  private Map<String, Integer> notifications() {
    return counts("select case_number, template, count(*) from cd_notification group by case_number, template");
  }

  private Map<String, Integer> counts(String sql) {
    Map<String, Integer> counts = new HashMap<>();
    db.sql(sql).query((rs, row) -> counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3))).list();
    return counts;
  }
}
