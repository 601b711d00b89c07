package io.casedesk.whitelist;

/**
 * The customer's confirmation of a whitelist change (the e-mail link and 2FA code), relayed to the
 * case that waits for it, by the case API or by the surge rehearsal's simulated customers. A case that
 * waits for no confirmation is refused with a 409 problem, and nothing is stored.
 */
public interface WhitelistConfirmations {

  void confirm(String caseNumber, WhitelistConfirmation confirmation);
}
