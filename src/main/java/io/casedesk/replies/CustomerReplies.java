package io.casedesk.replies;

import io.casedesk.casetype.CustomerReply;

/**
 * Relays a customer's reply to the case, by whatever way it came (the case API, an e-mail): to the
 * step that waits for it; to a resolved case within the reopen window, which it reopens; to a closed
 * case or one resolved longer ago, as a new case linked to the old one. Refusals are the case API's
 * problems: an unknown case (404), an open case that waits for no reply (409), a reply that would
 * leave the details invalid (400).
 */
public interface CustomerReplies {

  ReplyOutcome reply(String caseNumber, CustomerReply reply);

  /** What the reply did, and the case that carries it on (the new one for a follow-up). */
  record ReplyOutcome(Kind kind, String caseNumber) {

    public enum Kind {
      /** The case waited for the customer and goes on. */
      CONTINUED,
      /** The resolved case is open again (within the reopen window). */
      REOPENED,
      /** A new case, linked to the old one, carries the reply. */
      FOLLOW_UP
    }
  }
}
