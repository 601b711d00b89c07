package io.casedesk.withdrawallimit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the withdrawal-limit decision table is fed with besides the account's own facts
 * ({@code casedesk.withdrawal-limit.*}): the ceiling of each KYC level (the highest daily limit, in
 * USD, that level allows without a person), which case types count as open disputes, and the
 * windows in which security changes and withdrawals are counted.
 */
@ConfigurationProperties("casedesk.withdrawal-limit")
class WithdrawalLimitSettings implements InitializingBean {

  /** Level to ceiling; the defaults live in application.yaml, so a configured set replaces them whole. */
  private TreeMap<Integer, BigDecimal> levelCeilings = new TreeMap<>();
  private List<String> disputeCaseTypes = List.of("DEPOSIT_TRACE", "COPY_TRADING_DISPUTE");
  private Duration securityChangeWindow = Duration.ofDays(30);
  private Duration withdrawalHistoryWindow = Duration.ofDays(90);

  @Override
  public void afterPropertiesSet() {
    if (!levelCeilings.containsKey(0)) {
      throw new IllegalStateException("casedesk.withdrawal-limit.level-ceilings needs a ceiling for KYC level 0");
    }
    BigDecimal previous = null;
    for (var ceiling : levelCeilings.entrySet()) {
      if (ceiling.getValue().signum() < 0 || (previous != null && ceiling.getValue().compareTo(previous) <= 0)) {
        throw new IllegalStateException("casedesk.withdrawal-limit.level-ceilings must rise with the level: " + levelCeilings);
      }
      previous = ceiling.getValue();
    }
  }

  /** The ceiling of a level; a level above the highest configured one has the highest ceiling. */
  BigDecimal ceiling(int level) {
    return levelCeilings.floorEntry(Math.max(level, 0)).getValue();
  }

  /** The lowest level whose ceiling covers the amount; empty when none does. */
  Optional<Integer> lowestLevelCovering(BigDecimal amount) {
    return levelCeilings.entrySet().stream().filter(e -> e.getValue().compareTo(amount) >= 0).map(Map.Entry::getKey).findFirst();
  }

  public Map<Integer, BigDecimal> getLevelCeilings() {
    return levelCeilings;
  }

  public void setLevelCeilings(Map<Integer, BigDecimal> levelCeilings) {
    this.levelCeilings = new TreeMap<>(levelCeilings);
  }

  public List<String> getDisputeCaseTypes() {
    return disputeCaseTypes;
  }

  public void setDisputeCaseTypes(List<String> disputeCaseTypes) {
    this.disputeCaseTypes = List.copyOf(disputeCaseTypes);
  }

  public Duration getSecurityChangeWindow() {
    return securityChangeWindow;
  }

  public void setSecurityChangeWindow(Duration securityChangeWindow) {
    this.securityChangeWindow = securityChangeWindow;
  }

  public Duration getWithdrawalHistoryWindow() {
    return withdrawalHistoryWindow;
  }

  public void setWithdrawalHistoryWindow(Duration withdrawalHistoryWindow) {
    this.withdrawalHistoryWindow = withdrawalHistoryWindow;
  }
}
