package io.casedesk.replies.internal;

import io.casedesk.platform.ModelSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long a case waits for the customer: a reminder after {@code reminderAfter}, closed after
 * {@code closeAfter} (both counted from when the wait began). The customer-reply wait reads it in
 * its timers: {@code ${replyPolicy.reminderAfter}}.
 */
@Component("replyPolicy")
@ModelSettings("replyPolicy")
@ConfigurationProperties("casedesk.customer-reply")
public class ReplyPolicy {

  private Duration reminderAfter = Duration.ofDays(3);
  private Duration closeAfter = Duration.ofDays(7);

  /** ISO-8601, as the engine's timers read it. */
  public String getReminderAfter() {
    return reminderAfter.toString();
  }

  public void setReminderAfter(Duration reminderAfter) {
    this.reminderAfter = reminderAfter;
  }

  public String getCloseAfter() {
    return closeAfter.toString();
  }

  public void setCloseAfter(Duration closeAfter) {
    this.closeAfter = closeAfter;
  }
}
