package io.casedesk.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL 14 for the benchmark, with {@code pg_stat_statements} loaded, so the statements
 * and rows the desk sends are counted by the database itself (no proxy in the desk). The desk connects
 * as its own role {@code casedesk}; the harness reads as {@code postgres}, so its own queries are not
 * counted.
 */
final class BenchmarkDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  final JdbcClient jdbc;

  BenchmarkDatabase() throws IOException {
    postgres = EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.max", "10000")
        .setServerConfig("max_connections", "200")
        .start();
    DataSource dataSource = postgres.getPostgresDatabase();
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql("create role casedesk login password 'casedesk' superuser").update();
    jdbc.sql("create database casedesk owner casedesk").update();
    jdbc.sql("create extension pg_stat_statements").update();
  }

  /** The environment of a desk node on this database (the postgres profile reads it). */
  Map<String, String> environment() {
    return Map.of(
        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/casedesk",
        "SPRING_DATASOURCE_USERNAME", "casedesk",
        "SPRING_DATASOURCE_PASSWORD", "casedesk");
  }

  /** The desk's database, read as the harness (not counted). */
  JdbcClient desk() {
    return JdbcClient.create(postgres.getDatabase("postgres", "casedesk"));
  }

  void resetCounts() {
    jdbc.sql("select pg_stat_statements_reset()").query().singleRow();
  }

  /** The table a writing statement writes to, from its text. */
  private static final String TABLE = "lower(substring(s.query from '(?i)^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_0-9]+)'))";
  private static final String DESK_STATEMENTS = """
      from pg_stat_statements s join pg_roles r on r.oid = s.userid
      where r.rolname = 'casedesk' and s.query !~* '^\\s*(begin|commit|rollback|set|show|select 1)'
      """;

  /**
   * What the desk sent since the last reset, from pg_stat_statements (kept in shared memory as each
   * statement ends): statements, the writing ones, and the rows they wrote, the engine's tables apart.
   */
  Counts counts() {
    Map<String, Object> c = jdbc.sql("select coalesce(sum(s.calls), 0) as calls,"
        + " coalesce(sum(s.calls) filter (where " + TABLE + " is not null), 0) as writes,"
        + " coalesce(sum(s.rows) filter (where " + TABLE + " like 'act\\_%'), 0) as engine,"
        + " coalesce(sum(s.rows) filter (where " + TABLE + " not like 'act\\_%'), 0) as desk "
        + DESK_STATEMENTS).query().singleRow();
    return new Counts(number(c.get("calls")), number(c.get("writes")), number(c.get("engine")), number(c.get("desk")));
  }

  /** The tables the desk wrote most rows to since the last reset, most first: "table rows". */
  List<String> busiestTables(int limit) {
    return jdbc.sql("select " + TABLE + " as t, sum(s.rows) as written " + DESK_STATEMENTS
            + " and " + TABLE + " is not null group by 1 order by 2 desc limit :limit")
        .param("limit", limit).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list();
  }

  /** Until the notification relay has sent everything written so far (it writes rows of its own). */
  boolean outboxEmpty() {
    return desk().sql("select count(*) from cd_notification where status in ('PENDING', 'SENDING')").query(Long.class).single() == 0;
  }

  record Counts(long statements, long writeStatements, long engineRows, long deskRows) {}

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
