package io.casedesk.rehearsal.internal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rehearsal's customers in the embedded back office: each a copy of the account its case type's
 * example request names (status, KYC level, 2FA, balances, logins, withdrawals, copy trading, limits),
 * under an account number of its own, so no two rehearsed cases share an account.
 */
@Component
class SyntheticCustomers {

  /** The back office's tables of an account's data, and the column that names the account. */
  private static final List<String[]> OWNED = List.of(
      new String[] {"ledger_balance", "customer_uid"},
      new String[] {"ledger_login", "customer_uid"},
      new String[] {"ledger_withdrawal", "customer_uid"},
      new String[] {"ledger_savings_accrual", "customer_uid"},
      new String[] {"ledger_copy_order", "customer_uid"},
      new String[] {"ledger_copy_follow", "follower_uid"},
      new String[] {"ledger_withdrawal_limit", "customer_uid"},
      new String[] {"ledger_security_change", "customer_uid"});

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  /** The columns of each table, read once: a day creates hundreds of customers. */
  private final Map<String, List<String>> columnsByTable = new ConcurrentHashMap<>();

  SyntheticCustomers(JdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Transactional
  void create(String uid, String template) {
    copy("ledger_account", "uid", template, uid);
    for (String[] table : OWNED) {
      copy(table[0], table[1], template, uid);
    }
  }

  private void copy(String table, String owner, String template, String uid) {
    List<String> columns = columnsByTable.computeIfAbsent(table, this::columns);
    if (columns.isEmpty()) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      if (column.equals(owner)) {
        values.add("?");
      } else if (column.equals("id")) {
        values.add("concat(id, '-', ?)"); // row ids are texts; the copy's must differ from the template's
      } else if (column.equals("email")) {
        values.add("concat(?, '@rehearsal.example')");
      } else {
        values.add(column);
      }
    }
    List<Object> args = new ArrayList<>();
    for (String column : columns) {
      if (column.equals(owner) || column.equals("id") || column.equals("email")) {
        args.add(uid);
      }
    }
    args.add(template);
    jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + table + " where " + owner + " = ?", args.toArray());
  }

  private List<String> columns(String table) {
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> columns = new ArrayList<>();
      for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = meta.getColumns(null, null, name, null)) {
          while (rs.next()) {
            boolean generated = "YES".equals(rs.getString("IS_GENERATEDCOLUMN")) || "YES".equals(rs.getString("IS_AUTOINCREMENT"));
            boolean numericId = rs.getString("COLUMN_NAME").equalsIgnoreCase("id") && rs.getInt("DATA_TYPE") == java.sql.Types.BIGINT;
            if (!generated && !numericId) {
              columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
        if (!columns.isEmpty()) {
          break;
        }
      }
      return columns;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the columns of " + table, e);
    }
  }
}
