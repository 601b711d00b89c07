package io.casedesk.delivery.internal;

import io.casedesk.delivery.DeliveryChannel;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.notification.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Notifications by e-mail to the address the exchange has for the account, in the case's language:
 * subject, plain text and HTML. The Message-ID is made from the notification's id, so a repeated
 * delivery (a relay that died after sending) is the same message to the customer's mail system. The
 * reply address carries the case number and its token (see {@link ReplyAddresses}).
 */
@Component
class EmailChannel {

  private static final String CHANNEL = DeliveryChannel.EMAIL.name();
  private static final Session SESSION = Session.getInstance(new Properties());

  private final LedgerPort ledger;
  private final MailTransport transport;
  private final ReplyAddresses replyAddresses;
  private final DeskMessages messages;
  private final DeliveryProperties properties;

  EmailChannel(LedgerPort ledger, MailTransport transport, ReplyAddresses replyAddresses, DeskMessages messages, DeliveryProperties properties) {
    this.ledger = ledger;
    this.transport = transport;
    this.replyAddresses = replyAddresses;
    this.messages = messages;
    this.properties = properties;
  }

  /** Sends the notification to the account's address; {@code invitesReply} adds the line that says a reply reaches the case. */
  Outcome send(Notification notification, String customerUid, boolean invitesReply) {
    Optional<Account> account = ledger.findAccount(customerUid); // a back office that is down: retried
    if (account.isEmpty()) {
      return Outcome.permanent(CHANNEL, "The exchange has no account " + customerUid);
    }
    String address = account.get().email();
    if (address == null || address.isBlank()) {
      return Outcome.permanent(CHANNEL, "The account has no e-mail address");
    }
    try {
      return Outcome.sent(CHANNEL, transport.send(message(notification, new InternetAddress(address, true), invitesReply), notification.caseNumber()));
    } catch (AddressException e) {
      return Outcome.permanent(CHANNEL, "The account's e-mail address is not valid: " + e.getMessage());
    } catch (MessagingException | MailException e) {
      return Outcome.retry(CHANNEL, "The mail server did not take the message: " + e.getMessage());
    }
  }

  MimeMessage message(Notification n, InternetAddress to, boolean invitesReply) throws MessagingException {
    SupportedLanguage language = SupportedLanguage.of(n.locale()).orElse(SupportedLanguage.FALLBACK);
    MimeMessage mime = new IdentifiedMessage(messageId(n));
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.getEmail().getFrom());
    helper.setTo(to);
    helper.setSubject(n.subject());
    helper.setSentDate(Date.from(n.createdAt()));
    String text = n.body();
    if (replyAddresses.enabled()) {
      // Every e-mail can be answered: a reply reaches the case, or is refused and logged where the case waits for none.
      helper.setReplyTo(replyAddresses.addressOf(n.caseNumber()));
      if (invitesReply) {
        text = text + "\n\n" + messages.find("email.reply-hint", language).orElse("").replace("{caseNumber}", n.caseNumber());
      }
    }
    helper.setText(text, html(text, language));
    mime.setHeader("Content-Language", language.tag());
    mime.setHeader("X-CaseDesk-Case", n.caseNumber());
    mime.setHeader("X-CaseDesk-Notification", String.valueOf(n.id()));
    mime.setHeader("Auto-Submitted", "auto-generated");
    return mime;
  }

  private String messageId(Notification n) {
    return "<notification-" + n.id() + "." + n.caseNumber() + "@" + properties.getEmail().getReplyDomain() + ">";
  }

  /** The text as HTML: paragraphs at blank lines, line breaks kept, everything escaped. */
  static String html(String text, SupportedLanguage language) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag()).append("\"><head><meta charset=\"UTF-8\"></head>")
        .append("<body style=\"font-family: sans-serif; line-height: 1.5; color: #222;\">");
    for (String paragraph : text.split("\n\\s*\n")) {
      html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  /** A message whose Message-ID is ours, not one JavaMail makes up when it is saved. */
  private static final class IdentifiedMessage extends MimeMessage {

    private final String id;

    IdentifiedMessage(String id) {
      super(SESSION);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
