package io.casedesk.i18n;

import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.CaseTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The desk's texts for customers in every language: the shared bundle
 * {@code notifications/messages_<lang>.properties} and each case type's own
 * ({@code <type bundles>/messages_<lang>.properties}). English is the file without a suffix; a
 * missing translation falls back to it, never to the JVM's locale.
 */
@Component
public class DeskMessages {

  public static final String SHARED = "notifications/messages";

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final List<String> basenames = new ArrayList<>();

  DeskMessages(CaseTypes types) {
    basenames.add(SHARED);
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

  /** Every basename, shared first: what the parity test compares language by language. */
  public List<String> basenames() {
    return List.copyOf(basenames);
  }

  /** Resolves a customer-facing locale tag to a supported language (English for anything else). */
  public static Locale locale(String language) {
    return SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK).locale();
  }
}
