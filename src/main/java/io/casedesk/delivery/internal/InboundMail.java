package io.casedesk.delivery.internal;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.replies.CustomerReplies;
import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's reply by e-mail, as the mail gateway posts it (the raw RFC 822 message): addressed to
 * the reply address of a notification ({@code reply+<case number>.<token>@...}), from the account's
 * own e-mail address, it becomes the customer's reply on the case, as {@code POST
 * /api/cases/{n}/replies} makes it. A message with no reply address, a wrong token, an unknown case
 * or another sender is refused and logged (without the addresses: personal data stays out of logs).
 * The same message posted twice (by its Message-ID) adds one reply.
 */
@Service
class InboundMail {

  private static final Logger log = LoggerFactory.getLogger(InboundMail.class);
  private static final Session SESSION = Session.getInstance(new Properties());
  private static final int MAX_TEXT = 10_000;

  private final ReplyAddresses addresses;
  private final CaseRegistry registry;
  private final LedgerPort ledger;
  private final CustomerReplies replies;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  InboundMail(ReplyAddresses addresses, CaseRegistry registry, LedgerPort ledger, CustomerReplies replies, JdbcClient jdbc,
      TransactionTemplate transactions, Clock clock) {
    this.addresses = addresses;
    this.registry = registry;
    this.ledger = ledger;
    this.replies = replies;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What became of a message: the reply it added, or the one an earlier post of it added. */
  record Received(String caseNumber, String messageId, boolean replayed) {}

  /** A reply address that does not hold: 422, logged. */
  static class RefusedMail extends ClientProblem {
    RefusedMail(String type, String title, String detail) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, type, title, detail);
    }
  }

  Received receive(byte[] raw) {
    MimeMessage message = parse(raw);
    String messageId = messageId(message, raw);
    Optional<String> earlier = earlier(messageId);
    if (earlier.isPresent()) {
      return new Received(earlier.get(), messageId, true);
    }
    ReplyAddresses.Parsed address = replyAddress(message).orElseThrow(() -> refused(messageId, null, new RefusedMail(
        "no-reply-address", "Not a reply to the desk", "The message is addressed to no reply address of a case.")));
    if (!address.tokenValid()) {
      throw refused(messageId, address.caseNumber(), new RefusedMail(
          "invalid-reply-address", "Invalid reply address", "The reply address of the message is not one the desk gave out."));
    }
    CaseRecord c = registry.find(address.caseNumber())
        .orElseThrow(() -> refused(messageId, address.caseNumber(), new CaseProblems.CaseNotFound(address.caseNumber())));
    if (!fromCustomer(message, c)) {
      throw refused(messageId, c.caseNumber(), new RefusedMail(
          "sender-not-customer", "Not from the customer", "The message does not come from the e-mail address of the case's account."));
    }
    CustomerReply reply = new CustomerReply(text(message), null, null);
    String carriedBy;
    try {
      carriedBy = transactions.execute(tx -> {
        jdbc.sql("insert into cd_inbound_mail (message_id, case_number, received_at) values (:id, :n, :at)")
            .param("id", messageId)
            .param("n", c.caseNumber())
            .param("at", OutboxTable.utc(clock.instant()))
            .update();
        String caseNumber = replies.reply(c.caseNumber(), reply).caseNumber();
        if (!caseNumber.equals(c.caseNumber())) {
          // A reply to a closed case, or after the reopen window, opened a linked case: the message
          // belongs to it, and the same message posted again answers with it.
          jdbc.sql("update cd_inbound_mail set case_number = :n where message_id = :id").param("n", caseNumber).param("id", messageId).update();
        }
        return caseNumber;
      });
    } catch (DuplicateKeyException e) {
      return new Received(earlier(messageId).orElse(c.caseNumber()), messageId, true); // the same message, posted twice at once
    } catch (ClientProblem | InvalidRequestException e) {
      throw refused(messageId, c.caseNumber(), e); // not waiting for a reply (409), nothing written (400), ...
    }
    log.info("E-mail {} added as the customer's reply to case {}", messageId, carriedBy);
    return new Received(carriedBy, messageId, false);
  }

  private static MimeMessage parse(byte[] raw) {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
      message.getContentType(); // a message without headers fails here
      return message;
    } catch (MessagingException e) {
      throw new InvalidRequestException("message", "is not an RFC 822 e-mail message: " + e.getMessage());
    }
  }

  private Optional<String> earlier(String messageId) {
    return jdbc.sql("select case_number from cd_inbound_mail where message_id = :id").param("id", messageId).query(String.class).optional();
  }

  /** The first recipient that is a case reply address: To, Cc, or what the gateway says it delivered to. */
  private Optional<ReplyAddresses.Parsed> replyAddress(MimeMessage message) {
    List<String> candidates = new ArrayList<>();
    try {
      for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
        String[] values = message.getHeader(header);
        if (values != null) {
          candidates.addAll(List.of(values));
        }
      }
      for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
        Address[] recipients = message.getRecipients(type);
        if (recipients != null) {
          for (Address recipient : recipients) {
            candidates.add(((InternetAddress) recipient).getAddress());
          }
        }
      }
    } catch (MessagingException e) {
      throw new InvalidRequestException("message", "has recipients that cannot be read: " + e.getMessage());
    }
    return candidates.stream().map(addresses::parse).flatMap(Optional::stream).findFirst();
  }

  private boolean fromCustomer(MimeMessage message, CaseRecord c) {
    String email = ledger.findAccount(c.customerUid()).map(Account::email).orElse(null);
    try {
      Address[] from = message.getFrom();
      return email != null && from != null && from.length == 1
          && ((InternetAddress) from[0]).getAddress().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String text(MimeMessage message) {
    ReplyText reply;
    try {
      reply = ReplyText.of(message);
    } catch (MessagingException | IOException e) {
      throw new InvalidRequestException("message", "has a body that cannot be read: " + e.getMessage());
    }
    String text = reply.text();
    if (reply.attachments() > 0) {
      text = (text + "\n\n[The e-mail had " + reply.attachments() + " attachment(s); they were not taken over."
          + " Documents are uploaded in the exchange's app.]").strip();
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  private static String messageId(MimeMessage message, byte[] raw) {
    try {
      String id = message.getMessageID();
      if (id != null && !id.isBlank() && id.length() <= 255) {
        return id.trim();
      }
    } catch (MessagingException e) {
      // fall through: identified by its content
    }
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException refused(String messageId, String caseNumber, RuntimeException problem) {
    log.warn("E-mail {} refused{}: {}", messageId, caseNumber == null ? "" : " for case " + caseNumber, problem.getMessage());
    return problem;
  }
}
