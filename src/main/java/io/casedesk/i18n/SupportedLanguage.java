package io.casedesk.i18n;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** The languages the desk works in. Any other language falls back to English. */
public enum SupportedLanguage {
  EN,
  ZH,
  RU,
  ES,
  VI,
  TR;

  public static final SupportedLanguage FALLBACK = EN;

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The tag as it ends the name of a queue's language variant: {@code Zh} in {@code kycZh}. */
  public String variantSuffix() {
    return tag().substring(0, 1).toUpperCase(Locale.ROOT) + tag().substring(1);
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag());
  }

  public static Optional<SupportedLanguage> of(String language) {
    return Arrays.stream(values()).filter(l -> l.tag().equalsIgnoreCase(language)).findFirst();
  }

  /**
   * Resolves a customer's BCP 47 language tag ({@code zh-CN} counts as {@code zh}).
   *
   * @throws IllegalArgumentException when the tag is not well-formed
   */
  public static LanguageChoice resolve(String languageTag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(languageTag.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("'" + languageTag + "' is not a language tag such as en, zh-CN or pt-BR");
    }
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("'" + languageTag + "' names no language");
    }
    return of(locale.getLanguage())
        .map(l -> new LanguageChoice(l, false))
        .orElse(new LanguageChoice(FALLBACK, true));
  }

  /** The language a case is worked in, and whether it is a fallback for a language the desk lacks. */
  public record LanguageChoice(SupportedLanguage language, boolean fallback) {}
}
