package io.casedesk.ledger;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded back office's availability. It can be taken down (a maintenance window, as the real
 * back office has them): every call of an embedded adapter then fails as a real outage does, with
 * {@link LedgerPort.LedgerUnavailableException}, so the engine retries the step and raises an
 * incident, and a retry after {@link #comeBack()} finishes it. Tests and the demo use it to show
 * that path; it exists only with the embedded adapter, on this node.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedBackOffice {

  private final AtomicBoolean down = new AtomicBoolean();

  public void goDown() {
    down.set(true);
  }

  public void comeBack() {
    down.set(false);
  }

  /** Throws as an unreachable back office would, while it is down. */
  public void requireAvailable() {
    if (down.get()) {
      throw new LedgerPort.LedgerUnavailableException("The back office is down for maintenance", null);
    }
  }
}
