package io.casedesk.delivery.internal;

/**
 * How one delivery attempt went: sent (with the receiver's id for it), failed for now (retried after
 * a backoff) or failed for good (a missing address or setting: no retry would help).
 */
record Outcome(String channel, boolean sent, boolean permanent, String providerId, String error) {

  static Outcome sent(String channel, String providerId) {
    return new Outcome(channel, true, false, providerId, null);
  }

  static Outcome retry(String channel, String error) {
    return new Outcome(channel, false, false, null, shorten(error));
  }

  static Outcome permanent(String channel, String error) {
    return new Outcome(channel, false, true, null, shorten(error));
  }

  private static String shorten(String error) {
    return error == null || error.length() <= 1000 ? error : error.substring(0, 997) + "...";
  }
}
