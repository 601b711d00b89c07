package io.casedesk.ledger.internal;

import io.casedesk.ledger.Account;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.AddressOwner;
import io.casedesk.ledger.CreditRequest;
import io.casedesk.ledger.Deposit;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
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

/** The embedded back office: the desk's own ledger tables, filled with demo accounts by default. */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedLedger implements LedgerPort {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;

  EmbeddedLedger(JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
  }

  @Override
  public Optional<Account> findAccount(String uid) {
    backOffice.requireAvailable();
    return jdbc.sql("select uid, email, status, kyc_level from ledger_account where uid = :uid")
        .param("uid", uid)
        .query(
            (rs, row) ->
                new Account(
                    rs.getString("uid"),
                    rs.getString("email"),
                    AccountStatus.valueOf(rs.getString("status")),
                    rs.getInt("kyc_level")))
        .optional();
  }

  @Override
  public Optional<AccountProfile> profile(String uid) {
    backOffice.requireAvailable();
    return findAccount(uid).map(account -> {
      var security = jdbc.sql("select two_factor_enabled, withdrawals_locked_until from ledger_account where uid = :uid")
          .param("uid", uid)
          .query((rs, row) -> new Object[] {rs.getBoolean(1), instant(rs.getObject(2, OffsetDateTime.class))})
          .single();
      var whitelist = jdbc.sql("select * from ledger_whitelisted_address where customer_uid = :uid order by added_at")
          .param("uid", uid)
          .query((rs, row) -> new AccountProfile.WhitelistedAddress(rs.getString("chain"), rs.getString("address"), rs.getString("memo"),
              rs.getString("label"), instant(rs.getObject("added_at", OffsetDateTime.class)), instant(rs.getObject("usable_from", OffsetDateTime.class))))
          .list();
      var logins = jdbc.sql("select * from ledger_login where customer_uid = :uid order by logged_in_at desc limit 20")
          .param("uid", uid)
          .query((rs, row) -> new AccountProfile.Login(rs.getString("device_id"), rs.getString("device_name"), rs.getString("ip_address"),
              rs.getString("country"), instant(rs.getObject("logged_in_at", OffsetDateTime.class))))
          .list();
      return new AccountProfile(account, (Boolean) security[0], (java.time.Instant) security[1], whitelist, logins);
    });
  }

  @Override
  public List<AccountProfile.Balance> balances(String uid) {
    backOffice.requireAvailable();
    return jdbc.sql("select asset, available, locked from ledger_balance where customer_uid = :uid order by asset")
        .param("uid", uid)
        .query((rs, row) -> new AccountProfile.Balance(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(), rs.getBigDecimal(3).stripTrailingZeros()))
        .list();
  }

  @Override
  public List<AccountProfile.Withdrawal> withdrawals(String uid) {
    backOffice.requireAvailable();
    return jdbc.sql("select * from ledger_withdrawal where customer_uid = :uid order by requested_at desc")
        .param("uid", uid)
        .query((rs, row) -> new AccountProfile.Withdrawal(rs.getString("id"), rs.getString("chain"), rs.getString("asset"), rs.getString("address"),
            rs.getBigDecimal("amount").stripTrailingZeros(), rs.getString("tx_id"), rs.getString("status"),
            instant(rs.getObject("requested_at", OffsetDateTime.class))))
        .list();
  }

  @Override
  public List<AccountProfile.SavingsAccrual> savingsAccruals(String uid, String asset, java.time.LocalDate from, java.time.LocalDate to) {
    backOffice.requireAvailable();
    return jdbc.sql(
            """
            select * from ledger_savings_accrual
            where customer_uid = :uid and asset = :asset and accrual_date between :from and :to order by accrual_date
            """)
        .param("uid", uid)
        .param("asset", asset)
        .param("from", from)
        .param("to", to)
        .query((rs, row) -> new AccountProfile.SavingsAccrual(rs.getString("asset"), rs.getObject("accrual_date", java.time.LocalDate.class),
            rs.getBigDecimal("principal").stripTrailingZeros(), rs.getBigDecimal("apr_percent").stripTrailingZeros(),
            rs.getBigDecimal("interest").stripTrailingZeros()))
        .list();
  }

  @Override
  public List<AccountProfile.CopyTradingOrder> copyTradingOrders(String uid, java.time.Instant from, java.time.Instant to) {
    backOffice.requireAvailable();
    return jdbc.sql(
            """
            select * from ledger_copy_order
            where customer_uid = :uid and lead_placed_at >= :from and lead_placed_at < :to order by lead_placed_at
            """)
        .param("uid", uid)
        .param("from", from.atOffset(ZoneOffset.UTC))
        .param("to", to.atOffset(ZoneOffset.UTC))
        .query((rs, row) -> new AccountProfile.CopyTradingOrder(rs.getString("id"), rs.getString("lead_trader"), rs.getString("lead_order_id"),
            rs.getString("symbol"), rs.getString("side"), rs.getString("status"), decimal(rs.getBigDecimal("lead_price")),
            decimal(rs.getBigDecimal("fill_price")), decimal(rs.getBigDecimal("quantity")), decimal(rs.getBigDecimal("filled_quantity")),
            rs.getString("failure_reason"), instant(rs.getObject("lead_placed_at", OffsetDateTime.class)),
            instant(rs.getObject("placed_at", OffsetDateTime.class))))
        .list();
  }

  @Override
  public List<SecurityChange> securityChanges(String uid, java.time.Instant since) {
    backOffice.requireAvailable();
    return jdbc.sql("""
            select kind, occurred_at, detail from ledger_security_change
            where customer_uid = :uid and occurred_at >= :since order by occurred_at desc
            """)
        .param("uid", uid)
        .param("since", since.atOffset(ZoneOffset.UTC))
        .query((rs, row) -> new SecurityChange(SecurityChange.Kind.valueOf(rs.getString("kind")),
            instant(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("detail")))
        .list();
  }

  private static java.time.Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  private static java.math.BigDecimal decimal(java.math.BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  @Override
  public void setKycLevel(String uid, int level) {
    backOffice.requireAvailable();
    int updated =
        jdbc.sql("update ledger_account set kyc_level = :level, updated_at = :now where uid = :uid")
            .param("level", level)
            .param("now", clock.instant().atOffset(ZoneOffset.UTC))
            .param("uid", uid)
            .update();
    if (updated == 0) {
      throw new UnknownAccountException(uid);
    }
  }

  @Override
  public AddressOwner addressOwner(String chain, String address, String memo) {
    backOffice.requireAvailable();
    // EVM addresses are case-insensitive (the capitals are only a checksum); they are stored in lower case.
    String stored = address.startsWith("0x") ? address.toLowerCase(Locale.ROOT) : address;
    List<String[]> rows =
        jdbc.sql("select memo, customer_uid from ledger_deposit_address where chain = :c and address = :a")
            .param("c", chain)
            .param("a", stored)
            .query((rs, row) -> new String[] {rs.getString("memo"), rs.getString("customer_uid")})
            .list();
    if (rows.isEmpty()) {
      return AddressOwner.of(AddressOwner.Ownership.NOT_EXCHANGE);
    }
    return rows.stream()
        .filter(r -> r[0] == null || r[0].equals(memo))
        .findFirst()
        .map(r -> AddressOwner.customer(r[1]))
        .orElse(AddressOwner.of(AddressOwner.Ownership.EXCHANGE_WITHOUT_MEMO));
  }

  @Override
  public Optional<Deposit> findDeposit(String chain, String txId) {
    backOffice.requireAvailable();
    return jdbc.sql("select * from ledger_deposit where chain = :c and lower(tx_id) = lower(:t)")
        .param("c", chain)
        .param("t", txId)
        .query(EmbeddedLedger::deposit)
        .optional();
  }

  @Override
  public Deposit credit(CreditRequest request) {
    backOffice.requireAvailable();
    Optional<Deposit> earlier = findDeposit(request.chain(), request.txId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (findAccount(request.customerUid()).isEmpty()) {
      throw new UnknownAccountException(request.customerUid());
    }
    String id = "DEP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
    jdbc.sql(
            """
            insert into ledger_deposit (id, customer_uid, chain, asset, tx_id, amount, credited_at, credited_by)
            values (:id, :uid, :chain, :asset, :tx, :amount, :at, :by)
            """)
        .param("id", id)
        .param("uid", request.customerUid())
        .param("chain", request.chain())
        .param("asset", request.asset())
        .param("tx", request.txId())
        .param("amount", request.amount())
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .param("by", request.requestedBy())
        .update();
    return findDeposit(request.chain(), request.txId()).orElseThrow();
  }

  private static Deposit deposit(ResultSet rs, int row) throws SQLException {
    return new Deposit(
        rs.getString("id"),
        rs.getString("customer_uid"),
        rs.getString("chain"),
        rs.getString("asset"),
        rs.getString("tx_id"),
        rs.getBigDecimal("amount").stripTrailingZeros(),
        rs.getObject("credited_at", OffsetDateTime.class).toInstant(),
        rs.getString("credited_by"));
  }
}
