package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What support needs to know about an account's security: 2FA, a withdrawal lock (after a 2FA
 * reset), the whitelisted withdrawal addresses and the recent logins with device and IP.
 */
public record AccountProfile(
    Account account, boolean twoFactorEnabled, Instant withdrawalsLockedUntil, List<WhitelistedAddress> whitelist, List<Login> recentLogins) {

  /** A withdrawal address the customer confirmed; it may be used from {@code usableFrom} on (the hold). */
  public record WhitelistedAddress(String chain, String address, String memo, String label, Instant addedAt, Instant usableFrom) {}

  /** A login: device, IP address and country. */
  public record Login(String deviceId, String deviceName, String ipAddress, String country, Instant at) {}

  /** An asset balance: available and locked (in orders, withdrawals, savings redemptions). */
  public record Balance(String asset, BigDecimal available, BigDecimal locked) {}

  /** A withdrawal with its TxID once it was sent. */
  public record Withdrawal(String id, String chain, String asset, String address, BigDecimal amount, String txId, String status, Instant requestedAt) {}

  /** One day's Flexible Savings interest as the ledger booked it (not as the app displays it). */
  public record SavingsAccrual(String asset, LocalDate date, BigDecimal principal, BigDecimal aprPercent, BigDecimal interest) {}

  /**
   * A follower's copy of a lead trader's order. NOT_PLACED and a fill far from the lead's price are
   * platform-side; a filled copy that lost money is the lead trader's performance.
   */
  public record CopyTradingOrder(
      String id, String leadTrader, String leadOrderId, String symbol, String side, String status, BigDecimal leadPrice,
      BigDecimal fillPrice, BigDecimal quantity, BigDecimal filledQuantity, String failureReason, Instant leadPlacedAt, Instant placedAt) {}
}
