package io.casedesk.withdrawallimit.internal;

import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.ledger.WithdrawalLimits.AccountLimits;
import io.casedesk.ledger.WithdrawalLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the withdrawal-limit decision table looks at, read from the ledger and the case registry at
 * the moment of the request: the account's standing and age, its limits and its level's ceiling,
 * security changes and withdrawals in their windows (up to now: nothing dated later counts), and the
 * customer's other open disputes and limit requests.
 */
@Service
class AccountFacts {

  private final LedgerPort ledger;
  private final WithdrawalLimits limits;
  private final CaseRegistry registry;
  private final WithdrawalLimitSettings settings;
  private final Clock clock;

  AccountFacts(LedgerPort ledger, WithdrawalLimits limits, CaseRegistry registry, WithdrawalLimitSettings settings, Clock clock) {
    this.ledger = ledger;
    this.limits = limits;
    this.registry = registry;
    this.settings = settings;
    this.clock = clock;
  }

  record Facts(
      AccountStatus status, int kycLevel, boolean twoFactorEnabled, Instant withdrawalsLockedUntil, Instant openedAt, long ageDays,
      BigDecimal currentDaily, BigDecimal currentMonthly, BigDecimal levelCeiling, BigDecimal requested, Integer requiredKycLevel,
      double increaseFactor, List<SecurityChange> securityChanges, Integer daysSinceSecurityChange, long withdrawalsSent, List<CaseRecord> openDisputes,
      List<CaseRecord> openLimitRequests, Duration securityWindow, Duration withdrawalWindow) {}

  Facts of(String caseNumber, String uid, BigDecimal requested) {
    Instant now = clock.instant();
    AccountProfile profile = ledger.profile(uid)
        .orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    AccountLimits current = limits.limits(uid).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    Duration securityWindow = settings.getSecurityChangeWindow();
    Duration withdrawalWindow = settings.getWithdrawalHistoryWindow();
    List<SecurityChange> changes = ledger.securityChanges(uid, now.minus(securityWindow)).stream()
        .filter(change -> !change.at().isAfter(now))
        .toList();
    long withdrawalsSent = ledger.withdrawals(uid).stream()
        .filter(w -> "SENT".equals(w.status()) && !w.requestedAt().isBefore(now.minus(withdrawalWindow)) && !w.requestedAt().isAfter(now))
        .count();
    int level = profile.account().kycLevel();
    BigDecimal floor = current.dailyLimitUsd().max(BigDecimal.ONE);
    return new Facts(
        profile.account().status(), level, profile.twoFactorEnabled(), profile.withdrawalsLockedUntil(), current.accountOpenedAt(),
        Math.max(0, Duration.between(current.accountOpenedAt(), now).toDays()),
        current.dailyLimitUsd(), current.monthlyLimitUsd(), settings.ceiling(level), requested,
        settings.lowestLevelCovering(requested).orElse(null),
        requested.divide(floor, 4, RoundingMode.UP).doubleValue(),
        changes,
        changes.stream().map(SecurityChange::at).max(Instant::compareTo).map(at -> (int) Duration.between(at, now).toDays()).orElse(null),
        withdrawalsSent,
        others(caseNumber, registry.openCasesOf(uid, settings.getDisputeCaseTypes())),
        others(caseNumber, registry.openCasesOf(uid, List.of(WithdrawalLimitCaseType.KEY))),
        securityWindow, withdrawalWindow);
  }

  private static List<CaseRecord> others(String caseNumber, List<CaseRecord> cases) {
    return cases.stream().filter(c -> !c.caseNumber().equals(caseNumber)).toList();
  }
}
