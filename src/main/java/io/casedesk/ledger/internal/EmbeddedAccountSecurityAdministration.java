package io.casedesk.ledger.internal;

import io.casedesk.ledger.AccountSecurityAdministration;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.SecurityChange;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded back office's account security: resets in {@code ledger_two_factor_reset} (one per
 * case, with a {@code TWO_FACTOR_RESET} security change), locks in {@code ledger_withdrawal_lock}
 * (one per case). The account's {@code withdrawals_locked_until}, which its profile shows, is the
 * latest end of the locks that hold.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedAccountSecurityAdministration implements AccountSecurityAdministration {

  static final String RESET_DETAIL = "reset by support after identity verification";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;

  EmbeddedAccountSecurityAdministration(JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
  }

  @Override
  public TwoFactorReset resetTwoFactor(String uid, String caseNumber) {
    backOffice.requireAvailable();
    requireAccount(uid);
    Optional<TwoFactorReset> earlier = findReset(uid, caseNumber);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    OffsetDateTime now = now();
    jdbc.sql("insert into ledger_two_factor_reset (case_number, customer_uid, reset_at) values (:n, :uid, :at)")
        .param("n", caseNumber).param("uid", uid).param("at", now).update();
    jdbc.sql("update ledger_account set two_factor_enabled = false, updated_at = :at where uid = :uid")
        .param("at", now).param("uid", uid).update();
    jdbc.sql("""
            insert into ledger_security_change (customer_uid, kind, occurred_at, detail, case_number)
            values (:uid, :kind, :at, :detail, :n)
            """)
        .param("uid", uid).param("kind", SecurityChange.Kind.TWO_FACTOR_RESET.name()).param("at", now)
        .param("detail", RESET_DETAIL).param("n", caseNumber).update();
    return findReset(uid, caseNumber).orElseThrow();
  }

  @Override
  public WithdrawalLock lockWithdrawals(String uid, String caseNumber, Instant until) {
    backOffice.requireAvailable();
    requireAccount(uid);
    OffsetDateTime now = now();
    int updated = jdbc.sql("""
            update ledger_withdrawal_lock set locked_until = :until, lifted_at = null,
              locked_at = case when lifted_at is null then locked_at else :now end
            where case_number = :n and customer_uid = :uid
            """)
        .param("until", until.atOffset(ZoneOffset.UTC)).param("now", now).param("n", caseNumber).param("uid", uid).update();
    if (updated == 0) {
      jdbc.sql("""
              insert into ledger_withdrawal_lock (case_number, customer_uid, locked_at, locked_until)
              values (:n, :uid, :now, :until)
              """)
          .param("n", caseNumber).param("uid", uid).param("now", now).param("until", until.atOffset(ZoneOffset.UTC)).update();
    }
    applyLocks(uid, now);
    return findLock(uid, caseNumber).orElseThrow();
  }

  @Override
  public Optional<WithdrawalLock> liftWithdrawalLock(String uid, String caseNumber) {
    backOffice.requireAvailable();
    requireAccount(uid);
    OffsetDateTime now = now();
    jdbc.sql("update ledger_withdrawal_lock set lifted_at = :now where case_number = :n and customer_uid = :uid and lifted_at is null")
        .param("now", now).param("n", caseNumber).param("uid", uid).update();
    applyLocks(uid, now);
    return findLock(uid, caseNumber);
  }

  /** The account is locked until the latest end of the locks that hold, and not at all without one. */
  private void applyLocks(String uid, OffsetDateTime now) {
    jdbc.sql("""
            update ledger_account set updated_at = :now, withdrawals_locked_until =
              (select max(locked_until) from ledger_withdrawal_lock where customer_uid = :uid and lifted_at is null)
            where uid = :uid
            """)
        .param("now", now).param("uid", uid).update();
  }

  private void requireAccount(String uid) {
    if (jdbc.sql("select count(*) from ledger_account where uid = :uid").param("uid", uid).query(Integer.class).single() == 0) {
      throw new UnknownAccountException(uid);
    }
  }

  private Optional<TwoFactorReset> findReset(String uid, String caseNumber) {
    return jdbc.sql("select reset_at from ledger_two_factor_reset where case_number = :n and customer_uid = :uid")
        .param("n", caseNumber).param("uid", uid)
        .query((rs, row) -> new TwoFactorReset(uid, caseNumber, rs.getObject("reset_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  private Optional<WithdrawalLock> findLock(String uid, String caseNumber) {
    return jdbc.sql("select locked_at, locked_until, lifted_at from ledger_withdrawal_lock where case_number = :n and customer_uid = :uid")
        .param("n", caseNumber).param("uid", uid)
        .query((rs, row) -> new WithdrawalLock(uid, caseNumber, instant(rs.getObject("locked_at", OffsetDateTime.class)),
            instant(rs.getObject("locked_until", OffsetDateTime.class)), instant(rs.getObject("lifted_at", OffsetDateTime.class))))
        .optional();
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
