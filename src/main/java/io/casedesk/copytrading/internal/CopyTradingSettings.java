package io.casedesk.copytrading.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the desk judges copies ({@code casedesk.copy-trading.*}): the slippage a copy may have against
 * the lead's price, per pair with a default (Binance caps copied spot orders at 0.3 % on BTC/USDT and
 * ETH/USDT, 0.5 % on other pairs); how late a copy may be placed after the lead's order was filled;
 * and above which compensation a supervisor approves first.
 */
@Component
@ConfigurationProperties("casedesk.copy-trading")
class CopyTradingSettings {

  static final String DEFAULT_CAP = "default";

  /** Fraction of the lead's price, per symbol ({@code BTCUSDT}) and {@code default}. */
  private Map<String, BigDecimal> slippageCap = new LinkedHashMap<>(Map.of(
      DEFAULT_CAP, new BigDecimal("0.005"), "BTCUSDT", new BigDecimal("0.003"), "ETHUSDT", new BigDecimal("0.003")));
  private Duration lateAfter = Duration.ofSeconds(10);
  /** In the compensation asset (USDT): a compensation above it needs a supervisor's approval. */
  private BigDecimal approvalThreshold = new BigDecimal("1000");

  /** The cap of a pair: its own, else the default. */
  BigDecimal cap(String symbol) {
    BigDecimal fallback = null;
    for (Map.Entry<String, BigDecimal> entry : slippageCap.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(symbol)) {
        return entry.getValue();
      }
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(DEFAULT_CAP)) {
        fallback = entry.getValue();
      }
    }
    if (fallback == null) {
      throw new IllegalStateException("casedesk.copy-trading.slippage-cap.default is not set");
    }
    return fallback;
  }

  public Map<String, BigDecimal> getSlippageCap() {
    return slippageCap;
  }

  public void setSlippageCap(Map<String, BigDecimal> slippageCap) {
    this.slippageCap = slippageCap;
  }

  public Duration getLateAfter() {
    return lateAfter;
  }

  public void setLateAfter(Duration lateAfter) {
    this.lateAfter = lateAfter;
  }

  public BigDecimal getApprovalThreshold() {
    return approvalThreshold;
  }

  public void setApprovalThreshold(BigDecimal approvalThreshold) {
    this.approvalThreshold = approvalThreshold;
  }
}
