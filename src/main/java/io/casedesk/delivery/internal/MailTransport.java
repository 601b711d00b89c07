package io.casedesk.delivery.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where notification e-mails go: an SMTP server, or the demo's mailbox. */
interface MailTransport {

  /** Sends the message; returns the id the transport knows it by (its Message-ID). */
  String send(MimeMessage message, String caseNumber) throws MessagingException;
}
