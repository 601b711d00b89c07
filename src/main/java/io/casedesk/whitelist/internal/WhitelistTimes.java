package io.casedesk.whitelist.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as customers and reviewers read them: minutes, in UTC. */
final class WhitelistTimes {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private WhitelistTimes() {}

  static String forPeople(Instant instant) {
    return MINUTES.format(instant);
  }
}
