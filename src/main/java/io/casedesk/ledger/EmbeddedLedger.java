package io.casedesk.ledger;

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

  EmbeddedLedger(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Account> findAccount(String uid) {
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
  public void setKycLevel(String uid, int level) {
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
    return jdbc.sql("select * from ledger_deposit where chain = :c and lower(tx_id) = lower(:t)")
        .param("c", chain)
        .param("t", txId)
        .query(EmbeddedLedger::deposit)
        .optional();
  }

  @Override
  public Deposit credit(CreditRequest request) {
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
