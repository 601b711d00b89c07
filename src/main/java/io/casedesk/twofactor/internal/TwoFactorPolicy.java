package io.casedesk.twofactor.internal;

import io.casedesk.platform.ModelSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long withdrawals stay locked ({@code casedesk.two-factor.*}): {@code withdrawalLock} after a 2FA
 * reset (48 hours, as Binance does), {@code takeoverLock} from a suspected takeover until the case is
 * decided (an approval replaces it with the reset's lock). The models read both:
 * {@code ${twoFactorPolicy.withdrawalLock}} is the withdrawal-lock timer.
 */
// Public: models read its properties through the expression language.
@Component("twoFactorPolicy")
@ModelSettings("twoFactorPolicy")
@ConfigurationProperties("casedesk.two-factor")
public class TwoFactorPolicy {

  private Duration withdrawalLock = Duration.ofHours(48);
  private Duration takeoverLock = Duration.ofDays(30);

  /** ISO-8601, as the engine's timers read it. */
  public String getWithdrawalLock() {
    return withdrawalLock.toString();
  }

  public void setWithdrawalLock(Duration withdrawalLock) {
    this.withdrawalLock = withdrawalLock;
  }

  public String getTakeoverLock() {
    return takeoverLock.toString();
  }

  public void setTakeoverLock(Duration takeoverLock) {
    this.takeoverLock = takeoverLock;
  }

  Duration withdrawalLockDuration() {
    return withdrawalLock;
  }
}
