package io.casedesk.ledger.internal;

import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.ledger.WithdrawalWhitelist;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The embedded back office's withdrawal whitelist ({@code ledger_whitelisted_address}). Every change
 * is recorded as a security change of the account with its case number, and its answer is kept by
 * case number and operation ({@code ledger_whitelist_operation}), so a repeat answers the same.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedWithdrawalWhitelist implements WithdrawalWhitelist {

  enum Operation {
    ADD,
    REMOVE,
    CANCEL
  }

  /** What ledger_security_change.detail holds at most. */
  static final int DETAIL_LENGTH = 200;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final EmbeddedBackOffice backOffice;

  EmbeddedWithdrawalWhitelist(JdbcClient jdbc, Clock clock, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.backOffice = backOffice;
  }

  @Override
  public Entry add(Addition a) {
    backOffice.requireAvailable();
    Optional<Optional<Entry>> earlier = answered(a.caseNumber(), Operation.ADD);
    if (earlier.isPresent()) {
      return earlier.get().orElseThrow();
    }
    requireAccount(a.customerUid());
    if (find(a.customerUid(), a.chain(), a.address(), a.memo()).isPresent()) {
      throw new AlreadyWhitelistedException(a.chain(), a.address());
    }
    Instant now = clock.instant();
    Entry entry = new Entry(a.chain(), a.asset(), a.address(), a.memo(), a.label(), now, a.usableFrom(), a.caseNumber());
    jdbc.sql("""
            insert into ledger_whitelisted_address (customer_uid, chain, asset, address, memo, label, added_at, usable_from, case_number)
            values (:uid, :chain, :asset, :address, :memo, :label, :addedAt, :usableFrom, :caseNumber)
            """)
        .param("uid", a.customerUid())
        .param("chain", entry.chain())
        .param("asset", entry.asset())
        .param("address", entry.address())
        .param("memo", entry.memo())
        .param("label", entry.label())
        .param("addedAt", utc(entry.addedAt()))
        .param("usableFrom", utc(entry.usableFrom()))
        .param("caseNumber", entry.caseNumber())
        .update();
    recordSecurityChange(a.customerUid(), SecurityChange.Kind.WHITELIST_ADD,
        describe(entry) + ", usable from " + entry.usableFrom(), a.caseNumber());
    answer(a.caseNumber(), Operation.ADD, a.customerUid(), Optional.of(entry));
    return entry;
  }

  @Override
  public Optional<Entry> remove(Removal r) {
    backOffice.requireAvailable();
    Optional<Optional<Entry>> earlier = answered(r.caseNumber(), Operation.REMOVE);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    requireAccount(r.customerUid());
    Optional<Entry> removed = find(r.customerUid(), r.chain(), r.address(), r.memo());
    removed.ifPresent(entry -> {
      delete(r.customerUid(), entry);
      recordSecurityChange(r.customerUid(), SecurityChange.Kind.WHITELIST_REMOVE, describe(entry) + " removed", r.caseNumber());
    });
    answer(r.caseNumber(), Operation.REMOVE, r.customerUid(), removed);
    return removed;
  }

  @Override
  public Optional<Entry> cancelAddition(String customerUid, String caseNumber) {
    backOffice.requireAvailable();
    Optional<Optional<Entry>> earlier = answered(caseNumber, Operation.CANCEL);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    requireAccount(customerUid);
    Optional<Entry> added = entries(customerUid).stream().filter(e -> caseNumber.equals(e.caseNumber())).findFirst();
    added.ifPresent(entry -> {
      delete(customerUid, entry);
      recordSecurityChange(customerUid, SecurityChange.Kind.WHITELIST_REMOVE,
          describe(entry) + " taken back: the customer cancelled the addition", caseNumber);
    });
    answer(caseNumber, Operation.CANCEL, customerUid, added);
    return added;
  }

  private Optional<Entry> find(String uid, String chain, String address, String memo) {
    return entries(uid).stream()
        .filter(e -> e.chain().equals(chain) && sameAddress(e.address(), address) && Objects.equals(blankToNull(e.memo()), blankToNull(memo)))
        .findFirst();
  }

  private List<Entry> entries(String uid) {
    return jdbc.sql("select * from ledger_whitelisted_address where customer_uid = :uid order by added_at")
        .param("uid", uid)
        .query((rs, row) -> entry(rs, "case_number"))
        .list();
  }

  private void delete(String uid, Entry entry) {
    jdbc.sql("delete from ledger_whitelisted_address where customer_uid = :uid and chain = :chain and address = :address and "
            + (entry.memo() == null ? "memo is null" : "memo = :memo"))
        .param("uid", uid)
        .param("chain", entry.chain())
        .param("address", entry.address())
        .param("memo", entry.memo())
        .update();
  }

  /**
   * EVM addresses are case-insensitive (their capitals are only a checksum), and so are Bech32
   * addresses (bc1…); every other format is case-sensitive.
   */
  static boolean sameAddress(String stored, String asked) {
    String lower = stored.toLowerCase(Locale.ROOT);
    boolean caseInsensitive = lower.startsWith("0x") || lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1");
    return caseInsensitive ? stored.equalsIgnoreCase(asked) : stored.equals(asked);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private void requireAccount(String uid) {
    Integer accounts = jdbc.sql("select count(*) from ledger_account where uid = :uid").param("uid", uid).query(Integer.class).single();
    if (accounts == 0) {
      throw new UnknownAccountException(uid);
    }
  }

  private void recordSecurityChange(String uid, SecurityChange.Kind kind, String detail, String caseNumber) {
    jdbc.sql("""
            insert into ledger_security_change (customer_uid, kind, occurred_at, detail, case_number)
            values (:uid, :kind, :at, :detail, :caseNumber)
            """)
        .param("uid", uid)
        .param("kind", kind.name())
        .param("at", utc(clock.instant()))
        .param("detail", detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail)
        .param("caseNumber", caseNumber)
        .update();
  }

  private static String describe(Entry entry) {
    return entry.chain() + " " + entry.address() + (entry.memo() == null ? "" : " (memo " + entry.memo() + ")");
  }

  /** The answer given before to this case's operation: an entry, or empty for "nothing changed"; none if never asked. */
  private Optional<Optional<Entry>> answered(String caseNumber, Operation operation) {
    return jdbc.sql("select * from ledger_whitelist_operation where case_number = :n and operation = :op")
        .param("n", caseNumber)
        .param("op", operation.name())
        .query((rs, row) -> rs.getBoolean("changed") ? Optional.of(entry(rs, "entry_case_number")) : Optional.<Entry>empty())
        .optional();
  }

  private void answer(String caseNumber, Operation operation, String uid, Optional<Entry> entry) {
    Entry e = entry.orElse(null);
    jdbc.sql("""
            insert into ledger_whitelist_operation (case_number, operation, customer_uid, changed, chain, asset, address, memo, label,
              added_at, usable_from, entry_case_number, occurred_at)
            values (:n, :op, :uid, :changed, :chain, :asset, :address, :memo, :label, :addedAt, :usableFrom, :entryCase, :at)
            """)
        .param("n", caseNumber)
        .param("op", operation.name())
        .param("uid", uid)
        .param("changed", e != null)
        .param("chain", e == null ? null : e.chain())
        .param("asset", e == null ? null : e.asset())
        .param("address", e == null ? null : e.address())
        .param("memo", e == null ? null : e.memo())
        .param("label", e == null ? null : e.label())
        .param("addedAt", e == null ? null : utc(e.addedAt()))
        .param("usableFrom", e == null ? null : utc(e.usableFrom()))
        .param("entryCase", e == null ? null : e.caseNumber())
        .param("at", utc(clock.instant()))
        .update();
  }

  /** An entry of either table; they name the case that added it differently. */
  private static Entry entry(ResultSet rs, String caseColumn) throws SQLException {
    return new Entry(rs.getString("chain"), rs.getString("asset"), rs.getString("address"), rs.getString("memo"), rs.getString("label"),
        instant(rs, "added_at"), instant(rs, "usable_from"), rs.getString(caseColumn));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
