package io.casedesk.ledger;

/** An exchange account as the desk needs it. */
public record Account(String uid, String email, AccountStatus status, int kycLevel) {}
