package io.casedesk.notification.internal;

/** A notification template filled in for one case, in the customer's language. */
record RenderedMessage(String template, String locale, String subject, String body) {}
