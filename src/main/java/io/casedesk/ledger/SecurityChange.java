package io.casedesk.ledger;

import java.time.Instant;

/**
 * A change to how an account is secured or where its funds may go. Support weighs them before it
 * acts on a request that could hand over an account: a change shortly before a 2FA reset or a new
 * withdrawal address is a takeover sign.
 */
public record SecurityChange(Kind kind, Instant at, String detail) {

  public enum Kind {
    PASSWORD_CHANGE,
    EMAIL_CHANGE,
    PHONE_CHANGE,
    TWO_FACTOR_RESET,
    TWO_FACTOR_ENABLED,
    WHITELIST_ADD,
    WHITELIST_REMOVE,
    API_KEY_CREATED
  }
}
