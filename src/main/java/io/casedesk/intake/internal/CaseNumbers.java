package io.casedesk.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers such as {@code CD-2026-000042}: the year the case was opened and a
 * database sequence, so numbers stay unique across all nodes of a cluster.
 */
@Component
class CaseNumbers {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String nextValueSql;

  CaseNumbers(JdbcClient jdbc, Clock clock, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.clock = clock;
    try (Connection connection = dataSource.getConnection()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      this.nextValueSql = postgres ? "select nextval('cd_case_number_seq')" : "select next value for cd_case_number_seq";
    }
  }

  String next() {
    long sequence = jdbc.sql(nextValueSql).query(Long.class).single();
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return String.format("CD-%d-%06d", year, sequence);
  }
}
