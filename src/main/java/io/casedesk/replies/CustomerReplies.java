package io.casedesk.replies;

import io.casedesk.casetype.CustomerReply;

/**
 * Relays a customer's reply to the step of the case that waits for it, by whatever way it came (the
 * case API, an e-mail). Refusals are the case API's problems: an unknown case (404), a case that waits
 * for no reply (409), a reply that would leave the details invalid (400).
 */
public interface CustomerReplies {

  void reply(String caseNumber, CustomerReply reply);
}
