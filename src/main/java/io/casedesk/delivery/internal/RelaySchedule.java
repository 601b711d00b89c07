package io.casedesk.delivery.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the relay on every node, {@code casedesk.delivery.relay.interval} after the previous run ended
 * ({@code casedesk.delivery.relay.enabled=false} turns it off; the tests drive the relay themselves).
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(DeliveryProperties.class)
class RelaySchedule {

  @Configuration
  @ConditionalOnProperty(name = "casedesk.delivery.relay.enabled", havingValue = "true", matchIfMissing = true)
  static class Runner {

    private static final Logger log = LoggerFactory.getLogger(RelaySchedule.class);

    private final OutboxRelay relay;

    Runner(OutboxRelay relay) {
      this.relay = relay;
    }

    @Scheduled(
        initialDelayString = "${casedesk.delivery.relay.interval:PT5S}", fixedDelayString = "${casedesk.delivery.relay.interval:PT5S}")
    void run() {
      try {
        relay.relayDue();
      } catch (RuntimeException e) {
        // The database is away, say; the next run tries again.
        log.warn("The outbox relay failed and runs again in its next interval: {}", e.toString());
      }
    }
  }
}
