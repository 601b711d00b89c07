package io.casedesk.delivery;

/** How a customer notification reaches the customer. */
public enum DeliveryChannel {
  /** E-mail to the account's address (SMTP, or the demo's local mailbox). */
  EMAIL,
  /** The exchange's back end, by a signed webhook, which shows it in the app and pushes it. */
  WEBHOOK
}
