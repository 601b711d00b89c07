package io.casedesk.notification;

import io.casedesk.i18n.SupportedLanguage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Customer notification templates from the bundles {@code notifications/messages_<lang>.properties}.
 * Keys are {@code <template>.subject} and {@code <template>.body}; placeholders are named,
 * {@code {caseNumber}}, so translators see what goes where. Codes in {@code missingDocuments} and
 * {@code reasonCode} are shown by their translated names ({@code document.<CODE>}, {@code reason.<CODE>}).
 */
@Component
public class NotificationTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  NotificationTemplates() {
    messages.setBasename("notifications/messages");
    messages.setDefaultEncoding("UTF-8");
    // English is the bundle without suffix: a missing translation falls back to it, never to the JVM's locale.
    messages.setFallbackToSystemLocale(false);
  }

  RenderedMessage render(String template, String language, Map<String, Object> values) {
    Locale locale = SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK).locale();
    try {
      String subject = fill(messages.getMessage(template + ".subject", null, locale), values, locale);
      String body = fill(messages.getMessage(template + ".body", null, locale), values, locale);
      return new RenderedMessage(template, locale.getLanguage(), subject, body);
    } catch (NoSuchMessageException e) {
      throw new IllegalArgumentException("No notification template '" + template + "'", e);
    }
  }

  private String fill(String text, Map<String, Object> values, Locale locale) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(value(name, values.get(name), locale)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String name, Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    return switch (name) {
      case "missingDocuments" -> Arrays.stream(value.toString().split(","))
          .filter(code -> !code.isBlank())
          .map(code -> "- " + messages.getMessage("document." + code.trim(), null, code.trim(), locale))
          .collect(Collectors.joining("\n"));
      case "reasonCode" -> messages.getMessage("reason." + value, null, value.toString(), locale);
      default -> value.toString();
    };
  }
}
