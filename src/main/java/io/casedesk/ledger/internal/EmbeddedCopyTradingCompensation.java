package io.casedesk.ledger.internal;

import io.casedesk.ledger.CopyTradingCompensation;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compensations in the embedded back office: one row per case and lead order (a unique key), and the
 * amount added to the follower's available balance in the same transaction. Asked again for the same
 * case and order, it answers the earlier credit and books nothing; two steps that race each get past
 * the look-up, and the unique key fails the second, whose job is retried and then finds the first.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedCopyTradingCompensation implements CopyTradingCompensation {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;

  EmbeddedCopyTradingCompensation(JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
  }

  @Override
  public Credit credit(CompensationRequest request) {
    backOffice.requireAvailable();
    Optional<Credit> earlier = find(request.caseNumber(), request.orderId());
    if (earlier.isPresent()) {
      return earlier.get().answering(request);
    }
    if (jdbc.sql("select count(*) from ledger_account where uid = :uid").param("uid", request.customerUid()).query(Long.class).single() == 0) {
      throw new UnknownAccountException(request.customerUid());
    }
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            insert into ledger_copy_compensation (id, case_number, order_id, customer_uid, asset, amount, reason, requested_by, credited_at)
            values (:id, :case, :order, :uid, :asset, :amount, :reason, :by, :at)
            """)
        .param("id", "CMP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT))
        .param("case", request.caseNumber())
        .param("order", request.orderId())
        .param("uid", request.customerUid())
        .param("asset", request.asset())
        .param("amount", request.amount())
        .param("reason", request.reason())
        .param("by", request.requestedBy())
        .param("at", now)
        .update();
    int updated = jdbc.sql("update ledger_balance set available = available + :amount where customer_uid = :uid and asset = :asset")
        .param("amount", request.amount())
        .param("uid", request.customerUid())
        .param("asset", request.asset())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into ledger_balance (customer_uid, asset, available, locked) values (:uid, :asset, :amount, 0)")
          .param("uid", request.customerUid())
          .param("asset", request.asset())
          .param("amount", request.amount())
          .update();
    }
    return find(request.caseNumber(), request.orderId()).orElseThrow();
  }

  @Override
  public List<Credit> credits(String caseNumber) {
    backOffice.requireAvailable();
    return jdbc.sql("select * from ledger_copy_compensation where case_number = :case order by credited_at, order_id")
        .param("case", caseNumber)
        .query(EmbeddedCopyTradingCompensation::credit)
        .list();
  }

  private Optional<Credit> find(String caseNumber, String orderId) {
    return jdbc.sql("select * from ledger_copy_compensation where case_number = :case and order_id = :order")
        .param("case", caseNumber)
        .param("order", orderId)
        .query(EmbeddedCopyTradingCompensation::credit)
        .optional();
  }

  private static Credit credit(ResultSet rs, int row) throws SQLException {
    return new Credit(rs.getString("id"), rs.getString("case_number"), rs.getString("order_id"), rs.getString("customer_uid"),
        rs.getString("asset"), rs.getBigDecimal("amount").stripTrailingZeros(),
        rs.getObject("credited_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"));
  }
}
