package io.casedesk.audit.internal;

import io.casedesk.i18n.SupportedLanguage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the desk's own pages (the audit page): {@code ?lang=} (kept in a cookie), else the
 * browser's preferred languages in their order, else English; always one of the desk's six.
 */
@Component("localeResolver")
class AuditLocales implements LocaleResolver {

  static final String PARAMETER = "lang";
  static final String COOKIE = "casedesk-lang";

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return language(request).locale();
  }

  SupportedLanguage language(HttpServletRequest request) {
    Optional<SupportedLanguage> chosen = SupportedLanguage.of(request.getParameter(PARAMETER));
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName()) && SupportedLanguage.of(cookie.getValue()).isPresent()) {
          return SupportedLanguage.of(cookie.getValue()).get();
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
        Optional<SupportedLanguage> accepted = SupportedLanguage.of(locales.nextElement().getLanguage());
        if (accepted.isPresent()) {
          return accepted.get();
        }
      }
    }
    return SupportedLanguage.FALLBACK;
  }

  /** Keeps a language chosen with {@code ?lang=} for the next pages. */
  void remember(HttpServletRequest request, HttpServletResponse response) {
    SupportedLanguage.of(request.getParameter(PARAMETER)).ifPresent(language -> {
      Cookie cookie = new Cookie(COOKIE, language.tag());
      cookie.setPath("/audit");
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    });
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    // The language follows ?lang=, the cookie and the browser; see remember().
  }
}
