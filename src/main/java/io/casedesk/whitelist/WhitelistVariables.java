package io.casedesk.whitelist;

import io.casedesk.platform.ProcessVariables;

/** Process variables of whitelist-change, defined once for delegates, the model, forms and tests. */
@ProcessVariables
public final class WhitelistVariables {

  /** ADD or REMOVE. */
  public static final String ACTION = "whitelistAction";
  public static final String CHAIN = "chain";
  public static final String ASSET = "asset";
  public static final String ADDRESS = "address";
  /** The memo or destination tag, empty where the chain takes none. */
  public static final String MEMO = "memo";
  public static final String LABEL = "label";

  // Screening.

  /** The address is on the desk's deny list: it is never whitelisted. */
  public static final String DENY_LIST_HIT = "denyListHit";
  public static final String DENY_LIST_NOTE = "denyListNote";
  /** The chain says the address holds a contract (a token contract, a smart-contract wallet). */
  public static final String CONTRACT_ADDRESS = "contractAddress";
  public static final String CHAIN_NOTE = "chainNote";
  /** The account's password, e-mail, phone, 2FA or API keys changed within the security-change window (48 h). */
  public static final String RECENT_SECURITY_CHANGE = "recentSecurityChange";
  public static final String SECURITY_CHANGE_NOTE = "securityChangeNote";
  /** The whitelist holds the address already. */
  public static final String ALREADY_WHITELISTED = "alreadyWhitelisted";

  // The customer's confirmation.

  /** Set by the confirmation the exchange's back end reports (e-mail link and 2FA code). */
  public static final String CUSTOMER_CONFIRMED = "customerConfirmed";
  public static final String CONFIRMED_AT = "confirmedAt";
  /** When and from where the customer confirmed, or why nobody was asked to, for the reviewer. */
  public static final String CONFIRMATION_NOTE = "confirmationNote";

  // The change on the account.

  /** The whitelist entry as the ledger answered, as JSON. */
  public static final String WHITELIST_ENTRY = "whitelistEntry";
  /** From when the added address may be used (UTC, for the customer). */
  public static final String USABLE_FROM = "usableFrom";
  /** Whether a removal took an address off the whitelist. */
  public static final String ADDRESS_REMOVED = "addressRemoved";

  /** The customer's latest reply to the security team's question, for the review form. */
  public static final String CUSTOMER_ANSWER = "customerAnswer";

  private WhitelistVariables() {}
}
