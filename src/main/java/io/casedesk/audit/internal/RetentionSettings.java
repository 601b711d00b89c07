package io.casedesk.audit.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casedesk.retention.*}: how long the engine keeps a case's history (regulatory retention).
 * {@code history-time-to-live} applies to every process and decision definition (default five years,
 * {@code P1825D}); {@code per-definition.<key>} overrides it for one process or decision key.
 */
@ConfigurationProperties("casedesk.retention")
public class RetentionSettings {

  private Duration historyTimeToLive = Duration.ofDays(1825);
  private Map<String, Duration> perDefinition = new LinkedHashMap<>();

  public Duration getHistoryTimeToLive() {
    return historyTimeToLive;
  }

  public void setHistoryTimeToLive(Duration historyTimeToLive) {
    this.historyTimeToLive = historyTimeToLive;
  }

  public Map<String, Duration> getPerDefinition() {
    return perDefinition;
  }

  public void setPerDefinition(Map<String, Duration> perDefinition) {
    this.perDefinition = perDefinition;
  }

  /** Whole days, as the engine keeps them. */
  int days(String definitionKey) {
    Duration ttl = perDefinition.getOrDefault(definitionKey, historyTimeToLive);
    if (ttl == null || ttl.isNegative() || ttl.toDays() < 1 || !ttl.equals(Duration.ofDays(ttl.toDays()))) {
      throw new IllegalStateException("casedesk.retention history time to live for " + definitionKey
          + " must be a whole number of days, such as P1825D; it is " + ttl);
    }
    return Math.toIntExact(ttl.toDays());
  }
}
