package io.casedesk.notification.internal;

import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Customer notification templates: {@code <template>.subject} and {@code <template>.body} in the
 * desk's shared bundle or the case type's own. Placeholders are named, {@code {caseNumber}}, so
 * translators see what goes where. A code is shown by its translated name: {@code reasonCode} by
 * {@code reason.<CODE>}, and each case type's code lists (KYC's {@code missingDocuments} by
 * {@code document.<CODE>}) as a list of names.
 */
@Component
class NotificationTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  /** Codes every case type may show: the reason of a decision. */
  private static final Map<String, String> SHARED_CODES = Map.of(CaseVariables.REASON_CODE, "reason");

  private final DeskMessages messages;
  private final CaseTypes types;

  NotificationTemplates(DeskMessages messages, CaseTypes types) {
    this.messages = messages;
    this.types = types;
  }

  RenderedMessage render(String template, String language, Map<String, Object> values) {
    SupportedLanguage lang = SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK);
    Map<String, String> codeLists = new HashMap<>();
    types.find((String) values.get(CaseVariables.CASE_TYPE)).ifPresent(type -> codeLists.putAll(type.codeLists()));
    String subject = messages.find(template + ".subject", lang)
        .orElseThrow(() -> new IllegalArgumentException("No notification template '" + template + "'"));
    String body = messages.find(template + ".body", lang)
        .orElseThrow(() -> new IllegalArgumentException("No notification template '" + template + "'"));
    return new RenderedMessage(template, lang.tag(), fill(subject, values, lang, codeLists), fill(body, values, lang, codeLists));
  }

  /** One message of the bundles ({@code key}) in the language, its placeholders filled. */
  String text(String key, String language, Map<String, Object> values) {
    SupportedLanguage lang = SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK);
    String text = messages.find(key, lang).orElseThrow(() -> new IllegalArgumentException("No message '" + key + "'"));
    return fill(text, values, lang, Map.of());
  }

  private String fill(String text, Map<String, Object> values, SupportedLanguage language, Map<String, String> codeLists) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(value(name, values.get(name), language, codeLists)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String name, Object value, SupportedLanguage language, Map<String, String> codeLists) {
    if (value == null) {
      return "";
    }
    if (codeLists.containsKey(name)) {
      String prefix = codeLists.get(name);
      return Arrays.stream(value.toString().split(","))
          .map(String::trim)
          .filter(code -> !code.isEmpty())
          .map(code -> "- " + messages.find(prefix + "." + code, language).orElse(code))
          .collect(Collectors.joining("\n"));
    }
    if (SHARED_CODES.containsKey(name)) {
      return messages.find(SHARED_CODES.get(name) + "." + value, language).orElse(value.toString());
    }
    return value.toString();
  }
}
