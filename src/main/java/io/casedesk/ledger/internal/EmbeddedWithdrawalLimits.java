package io.casedesk.ledger.internal;

import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.WithdrawalLimits;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Withdrawal limits of the embedded back office ({@code ledger_withdrawal_limit}); each change is
 * kept under its idempotency key ({@code ledger_withdrawal_limit_change}). An account without a row
 * has no limit set: zero.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedWithdrawalLimits implements WithdrawalLimits {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;

  EmbeddedWithdrawalLimits(JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
  }

  @Override
  public Optional<AccountLimits> limits(String uid) {
    backOffice.requireAvailable();
    return jdbc.sql("""
            select a.uid, a.created_at, l.daily_limit_usd, l.monthly_limit_usd, l.updated_at
            from ledger_account a left join ledger_withdrawal_limit l on l.customer_uid = a.uid
            where a.uid = :uid
            """)
        .param("uid", uid)
        .query((rs, row) -> new AccountLimits(rs.getString("uid"), usd(rs, "daily_limit_usd"), usd(rs, "monthly_limit_usd"),
            instant(rs, "created_at"), Optional.ofNullable(instant(rs, "updated_at")).orElse(instant(rs, "created_at"))))
        .optional();
  }

  @Override
  public LimitChange setDailyLimit(DailyLimitChange change) {
    backOffice.requireAvailable();
    Optional<LimitChange> earlier = find(change.idempotencyKey());
    if (earlier.isPresent()) {
      LimitChange made = earlier.get();
      if (!made.uid().equals(change.uid()) || made.dailyLimitUsd().compareTo(change.dailyLimitUsd()) != 0) {
        throw new ConflictingLimitChangeException(change.idempotencyKey());
      }
      return made;
    }
    AccountLimits current = limits(change.uid()).orElseThrow(() -> new UnknownAccountException(change.uid()));
    BigDecimal monthly = current.monthlyLimitUsd().max(change.dailyLimitUsd());
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    int updated = jdbc.sql("update ledger_withdrawal_limit set daily_limit_usd = :daily, monthly_limit_usd = :monthly, updated_at = :now where customer_uid = :uid")
        .param("daily", change.dailyLimitUsd()).param("monthly", monthly).param("now", now).param("uid", change.uid())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into ledger_withdrawal_limit (customer_uid, daily_limit_usd, monthly_limit_usd, updated_at) values (:uid, :daily, :monthly, :now)")
          .param("uid", change.uid()).param("daily", change.dailyLimitUsd()).param("monthly", monthly).param("now", now)
          .update();
    }
    jdbc.sql("""
            insert into ledger_withdrawal_limit_change
              (idempotency_key, customer_uid, previous_daily_usd, daily_limit_usd, monthly_limit_usd, requested_by, changed_at)
            values (:key, :uid, :previous, :daily, :monthly, :by, :now)
            """)
        .param("key", change.idempotencyKey()).param("uid", change.uid()).param("previous", current.dailyLimitUsd())
        .param("daily", change.dailyLimitUsd()).param("monthly", monthly).param("by", change.requestedBy()).param("now", now)
        .update();
    return find(change.idempotencyKey()).orElseThrow();
  }

  private Optional<LimitChange> find(String idempotencyKey) {
    return jdbc.sql("select * from ledger_withdrawal_limit_change where idempotency_key = :key")
        .param("key", idempotencyKey)
        .query((rs, row) -> new LimitChange(rs.getString("customer_uid"), usd(rs, "previous_daily_usd"), usd(rs, "daily_limit_usd"),
            usd(rs, "monthly_limit_usd"), rs.getString("idempotency_key"), instant(rs, "changed_at")))
        .optional();
  }

  private static BigDecimal usd(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    if (value == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
