package io.casedesk.whitelist.internal;

import io.casedesk.platform.ModelSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How a whitelist change is held: the customer confirms within {@code confirmWithin} (the e-mail
 * link's validity) or the request expires; an added address becomes usable after
 * {@code coolingOff}, during which the customer can cancel; a security change of the account within
 * {@code securityChangeWindow} before the check sends the change to the security team. The model's
 * timers read it: {@code ${whitelistPolicy.coolingOff}}.
 */
// Public: the models' timers read it through the expression language, which needs a public class.
@Component("whitelistPolicy")
@ModelSettings("whitelistPolicy")
@ConfigurationProperties("casedesk.whitelist")
public class WhitelistPolicy {

  private Duration confirmWithin = Duration.ofHours(1);
  private Duration coolingOff = Duration.ofHours(24);
  private Duration securityChangeWindow = Duration.ofHours(48);

  /** ISO-8601, as the engine's timers read it. */
  public String getConfirmWithin() {
    return confirmWithin.toString();
  }

  public void setConfirmWithin(Duration confirmWithin) {
    this.confirmWithin = confirmWithin;
  }

  public String getCoolingOff() {
    return coolingOff.toString();
  }

  public void setCoolingOff(Duration coolingOff) {
    this.coolingOff = coolingOff;
  }

  public String getSecurityChangeWindow() {
    return securityChangeWindow.toString();
  }

  public void setSecurityChangeWindow(Duration securityChangeWindow) {
    this.securityChangeWindow = securityChangeWindow;
  }

  Duration coolingOff() {
    return coolingOff;
  }

  Duration securityChangeWindow() {
    return securityChangeWindow;
  }
}
