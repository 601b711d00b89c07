package io.casedesk.delivery.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reply addresses of notification e-mails: {@code reply+<case number>.<token>@<reply domain>}, the
 * token an HMAC of the case number, so only a reply to an e-mail the desk sent reaches the case and
 * nobody continues someone else's case by guessing its number. After a rotation of the secret, tokens
 * made with the previous one stay valid.
 */
@Component
class ReplyAddresses {

  /** Mail systems may lower-case an address; case numbers and tokens are read either way. */
  private static final Pattern ADDRESS = Pattern.compile("reply\\+(cd-\\d{4}-\\d{6,})\\.([0-9a-f]{24})@(.+)", Pattern.CASE_INSENSITIVE);

  private final DeliveryProperties properties;

  ReplyAddresses(DeliveryProperties properties) {
    this.properties = properties;
    if (!enabled()) {
      LoggerFactory.getLogger(ReplyAddresses.class).warn(
          "No reply secret (CASEDESK_REPLY_SECRET): notification e-mails go out without a reply address and replies by e-mail are refused");
    }
  }

  boolean enabled() {
    return !properties.getEmail().getReplySecret().isBlank();
  }

  String addressOf(String caseNumber) {
    return "reply+" + caseNumber + "." + token(properties.getEmail().getReplySecret(), caseNumber) + "@" + properties.getEmail().getReplyDomain();
  }

  /** What an address says: not a reply address at all, a case with a valid token, or a forged or stale one. */
  Optional<Parsed> parse(String address) {
    Matcher m = ADDRESS.matcher(address.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    String caseNumber = m.group(1).toUpperCase(Locale.ROOT);
    String token = m.group(2).toLowerCase(Locale.ROOT);
    boolean valid = enabled()
        && m.group(3).equalsIgnoreCase(properties.getEmail().getReplyDomain())
        && (Hmac.same(token, token(properties.getEmail().getReplySecret(), caseNumber))
            || (!properties.getEmail().getReplyPreviousSecret().isBlank()
                && Hmac.same(token, token(properties.getEmail().getReplyPreviousSecret(), caseNumber))));
    return Optional.of(new Parsed(caseNumber, valid));
  }

  record Parsed(String caseNumber, boolean tokenValid) {}

  private static String token(String secret, String caseNumber) {
    return Hmac.sha256Hex(secret, "reply-address:" + caseNumber).substring(0, 24);
  }
}
