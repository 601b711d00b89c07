package io.casedesk.i18n;

import io.casedesk.i18n.internal.Bundles;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Names of the desk's things in a language: processes (a case type's name), queues (candidate
 * groups, with their language variants), languages, and times as agents read them. Texts come from
 * {@link DeskMessages}; a process's name from its case type's {@code tasks_<lang>.properties}, key
 * {@code <process key>} (English is the model's own name).
 */
@Component
public class DeskNames {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final DeskMessages messages;
  private final Bundles bundles;

  DeskNames(DeskMessages messages, Bundles bundles) {
    this.messages = messages;
    this.bundles = bundles;
  }

  /** The name of a process in the language; {@code english} (the model's name) without a translation. */
  public String process(String processKey, String english, SupportedLanguage language) {
    if (language == SupportedLanguage.EN || processKey == null) {
      return english;
    }
    return Optional.ofNullable(bundles.load("casetypes/" + processKey + "/tasks", language).getProperty(processKey)).orElse(english);
  }

  /**
   * The name of a queue of the desk in the language: {@code kyc} as "KYC", {@code kycZh} as
   * "KYC (Chinese)"; empty for a group the desk does not name (its own name then stands).
   */
  public Optional<String> queue(String group, SupportedLanguage language) {
    if (group == null) {
      return Optional.empty();
    }
    Optional<String> plain = messages.find("queue." + group, language);
    if (plain.isPresent()) {
      return plain;
    }
    return Arrays.stream(SupportedLanguage.values())
        .filter(l -> group.length() > 2 && group.endsWith(l.variantSuffix()))
        .findFirst()
        .flatMap(l -> messages.find("queue." + group.substring(0, group.length() - 2), language)
            .map(queue -> messages.format("queue.inLanguage", language, Map.of("queue", queue, "language", language(l, language)))));
  }

  /** The name of {@code named} in the language {@code in}: Chinese is "中文" in Chinese, "Chinese" in English. */
  public String language(SupportedLanguage named, SupportedLanguage in) {
    return messages.text("language." + named.tag(), in);
  }

  /** A time as agents read it, the same in every language: {@code 2026-03-02 10:15 UTC}. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
