package io.casedesk.casetype;

/** Where the customer reached the desk. */
public enum Channel {
  EMAIL_TICKET,
  WEB_FORM,
  VIP_CONCIERGE
}
