package io.casedesk.delivery.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The demo's mailbox in the browser: {@code /api/demo/mailbox} lists the e-mails the desk sent, newest
 * first; {@code /api/demo/mailbox/{id}} shows one with its headers (the reply address too) and text,
 * {@code /raw} the message as it went out.
 */
@RestController
@ConditionalOnProperty(name = "casedesk.delivery.email.transport", havingValue = "mailbox")
class MailboxController {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final String STYLE = "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
      + "td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}pre{white-space:pre-wrap;"
      + "background:#f6f6f6;padding:1em}</style>";

  private final MailboxTransport mailbox;

  MailboxController(MailboxTransport mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping(path = "/api/demo/mailbox", produces = MediaType.TEXT_HTML_VALUE)
  String list() {
    StringBuilder html = page("Demo mailbox")
        .append("<p>E-mails the desk sent to customers (demo: nothing leaves this machine). Newest first.</p>")
        .append("<table><tr><th>delivered</th><th>case</th><th>to</th><th>subject</th></tr>");
    for (MailboxTransport.Stored m : mailbox.latest(200)) {
      html.append("<tr><td>").append(m.deliveredAt()).append("</td><td>").append(esc(m.caseNumber())).append("</td><td>")
          .append(esc(m.recipient())).append("</td><td><a href=\"/api/demo/mailbox/").append(m.id()).append("\">")
          .append(esc(m.subject())).append("</a></td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  @GetMapping(path = "/api/demo/mailbox/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@PathVariable long id) throws MessagingException, IOException {
    MailboxTransport.Stored m = mailbox.find(id).orElse(null);
    if (m == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(page("No such e-mail").append("</body></html>").toString());
    }
    MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(m.raw().getBytes(StandardCharsets.US_ASCII)));
    StringBuilder html = page(m.subject()).append("<p><a href=\"/api/demo/mailbox\">mailbox</a> · <a href=\"/api/demo/mailbox/")
        .append(id).append("/raw\">raw message (RFC 822)</a></p><table>");
    for (String header : new String[] {"Date", "From", "To", "Reply-To", "Subject", "Message-ID", "Content-Language"}) {
      String value = message.getHeader(header, ", ");
      html.append("<tr><th>").append(header).append("</th><td>")
          .append(esc(value == null ? "" : jakarta.mail.internet.MimeUtility.decodeText(value))).append("</td></tr>");
    }
    return ResponseEntity.ok(html.append("</table><pre>").append(esc(ReplyText.of(message).text())).append("</pre></body></html>").toString());
  }

  @GetMapping(path = "/api/demo/mailbox/{id}/raw", produces = "message/rfc822")
  ResponseEntity<String> raw(@PathVariable long id) {
    return mailbox.find(id).map(m -> ResponseEntity.ok(m.raw())).orElse(ResponseEntity.notFound().build());
  }

  private static StringBuilder page(String title) {
    return new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>").append(esc(title)).append("</title>")
        .append(STYLE).append("</head><body><h1>").append(esc(title)).append("</h1>");
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }
}
