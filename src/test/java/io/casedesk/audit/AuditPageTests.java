package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The audit page in each of the desk's languages, chosen by the browser or by ?lang=, with every text translated. */
@CaseDeskTest
@TestClock("2027-02-25T08:00:00Z")
class AuditPageTests {

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void everyPageIsInTheReadersLanguageWithNoTextMissing(SupportedLanguage language) {
    String caseNumber = api.openCase(api.kycCase(CaseApi.UID_LI_WEI, "en"));
    Properties texts = AuditBrowserTests.texts(language.tag());
    for (String path : new String[] {"/audit?customerUid=" + CaseApi.UID_LI_WEI, "/audit/cases/" + caseNumber, "/audit/cases/CD-1999-000001"}) {
      String byBrowser = page(path, language.tag() + "-" + language.tag().toUpperCase(Locale.ROOT) + ",en;q=0.5", null);
      String byChoice = page(path + (path.contains("?") ? "&" : "?") + "lang=" + language.tag(), "de-DE", null);
      for (String html : new String[] {byBrowser, byChoice}) {
        assertThat(html).contains("<html lang=\"" + language.tag() + "\"").doesNotContain("??");
        assertThat(html).contains(texts.getProperty("nav.search"), texts.getProperty("nav.logout"));
      }
    }
    assertThat(page("/audit/cases/" + caseNumber, language.tag(), null)).contains(MessageFormat.format(texts.getProperty("trail.title"), caseNumber));
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void textsWithValuesFormatInEveryLanguage(SupportedLanguage language) {
    Properties texts = AuditBrowserTests.texts(language.tag());
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      if (text.matches(".*\\{\\d}.*")) {
        String formatted = new MessageFormat(text, language.locale()).format(new Object[] {"AAA", "BBB"});
        assertThat(formatted).as("%s in %s (an apostrophe must be doubled)", key, language).contains("AAA");
        if (text.contains("{1}")) {
          assertThat(formatted).contains("BBB");
        }
      }
    }
  }

  private String page(String path, String acceptLanguage, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/html");
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    ResponseEntity<String> response = rest.withBasicAuth(Compliance.OFFICER, CaseApi.DEMO_PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(path).isIn(200, 404);
    return response.getBody();
  }
}
