package io.casedesk.i18n;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The desk's texts in every language: for customers the shared bundle
 * {@code notifications/messages_<lang>.properties}, for agents in Tasklist the shared bundle
 * {@code i18n/desk_<lang>.properties} (names of channels, tiers, languages, SLA states, document
 * kinds, queues and filters, the form header), and each case type's own
 * ({@code <type bundles>/messages_<lang>.properties}: its notification templates, code names and
 * the texts its steps write for the agent, such as check results). English is the file without a
 * suffix; a missing translation falls back to it, never to the JVM's locale.
 */
@Component
public class DeskMessages {

  public static final String SHARED = "notifications/messages";
  /** The texts every case shares that agents read in Tasklist. */
  public static final String DESK = "i18n/desk";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final List<String> basenames = new ArrayList<>();

  DeskMessages(CaseTypes types) {
    basenames.add(SHARED);
    basenames.add(DESK);
    types.all().stream().map(CaseTypeDefinition::bundles).map(folder -> folder + "/messages").forEach(basenames::add);
    messages.setBasenames(basenames.toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  /** The text of {@code key} in the language, or empty if no bundle has the key. */
  public Optional<String> find(String key, SupportedLanguage language) {
    try {
      return Optional.of(messages.getMessage(key, null, language.locale()));
    } catch (NoSuchMessageException e) {
      return Optional.empty();
    }
  }

  /**
   * The text of {@code key} in the language with its named placeholders ({@code {date}}) filled in;
   * the key itself when no bundle has it, so a missing text shows as what it is.
   */
  public String format(String key, SupportedLanguage language, Map<String, ?> values) {
    String text = find(key, language).orElse(key);
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@link #format} without placeholders. */
  public String text(String key, SupportedLanguage language) {
    return format(key, language, Map.of());
  }

  /** The language a case is worked in, from its {@code locale} variable (English when it has none). */
  public static SupportedLanguage languageOf(VariableScope scope) {
    Object locale = scope.getVariable(CaseVariables.LOCALE);
    return locale == null ? SupportedLanguage.FALLBACK : SupportedLanguage.of(locale.toString()).orElse(SupportedLanguage.FALLBACK);
  }

  /** Every basename, shared first: what the parity test compares language by language. */
  public List<String> basenames() {
    return List.copyOf(basenames);
  }

  /** Resolves a customer-facing locale tag to a supported language (English for anything else). */
  public static Locale locale(String language) {
    return SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK).locale();
  }
}
