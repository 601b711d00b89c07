package io.casedesk.twofactor.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The check results the review forms show, in the case's language: texts of the type's bundle
 * ({@code casetypes/two-factor-reset/messages*.properties}) with named placeholders, so the agent reads
 * what a check found, not only a translated label beside an English finding.
 */
@Component
class CaseTexts {

  /** Times as the desk shows them to people, always in UTC. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  /** The engine keeps a string variable in up to 4000 characters. */
  static final int MAX_TEXT = 4000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final DeskMessages messages;

  CaseTexts(DeskMessages messages) {
    this.messages = messages;
  }

  static SupportedLanguage language(VariableScope scope) {
    return SupportedLanguage.of((String) scope.getVariable(CaseVariables.LOCALE)).orElse(SupportedLanguage.FALLBACK);
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  String text(SupportedLanguage language, String key) {
    return text(language, key, Map.of());
  }

  /** The text of {@code key} with its placeholders filled; a key no bundle has is a bug of this type. */
  String text(SupportedLanguage language, String key, Map<String, ?> values) {
    return find(language, key, values).orElseThrow(() -> new IllegalStateException("No text '" + key + "' in the two-factor-reset bundle"));
  }

  /** The same, or empty when no bundle has the key. */
  Optional<String> find(SupportedLanguage language, String key, Map<String, ?> values) {
    return messages.find(key, language).map(text -> fill(text, values));
  }

  private static String fill(String text, Map<String, ?> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The name of a code ({@code prefix.CODE}), or the code itself when the bundle has none (a rule an analyst added). */
  String name(SupportedLanguage language, String prefix, String code) {
    return messages.find(prefix + "." + code, language).orElse(code);
  }

  /** Lines joined for a form's text area, cut to what the engine stores. */
  static String lines(java.util.List<String> lines) {
    String joined = String.join("\n", lines);
    return joined.length() <= MAX_TEXT ? joined : joined.substring(0, MAX_TEXT - 1) + "…";
  }
}
