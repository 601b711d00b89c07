package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.audit.internal.Ed25519Keys;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.Chromium;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.Resources;
import io.casedesk.support.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A compliance officer audits an ended KYC case on the audit page in a real headless Chromium, in the
 * browser's language: signs in, finds the case by the customer's UID, reads who approved it, when,
 * with which check results and which triage decision, exports the trail and checks the export.
 * Needs Debian's chromium and chromium-driver; runs with {@code mvn verify -Pbrowser-tests}.
 * Screenshots land in target/browser-screenshots (of each run's trail, and of a failing step).
 */
@CaseDeskTest
@TestClock("2027-03-01T08:00:00Z")
@org.junit.jupiter.api.extension.ExtendWith(io.casedesk.support.Chromium.class)
class AuditBrowserTests {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired EmbeddedBackOffice backOffice;

  WebDriver browser;
  WebDriverWait until;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0} browser")
  @CsvSource({"en-US, en", "zh-CN, zh"})
  void aComplianceOfficerFindsAnEndedKycCaseReadsWhoApprovedItAndExportsIt(String browserLanguage, String language) {
    Properties texts = texts(language);
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    String day = engine.now().toString().substring(0, 10);

    try {
      browser = Chromium.start(browserLanguage);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    until = new WebDriverWait(browser, PATIENCE);
    step(language, "login", () -> {
      browser.get(base() + "/audit");
      assertThat(visible(By.tagName("h1")).getText()).isEqualTo(texts.getProperty("login.title"));
      browser.findElement(By.id("username")).sendKeys(Compliance.OFFICER);
      browser.findElement(By.id("password")).sendKeys(CaseApi.DEMO_PASSWORD);
      WebElement submit = browser.findElement(By.cssSelector("form[name='login'] button[type='submit']"));
      assertThat(submit.getText().trim()).isEqualTo(texts.getProperty("login.submit"));
      submit.click();
      until.until(ExpectedConditions.presenceOfElementLocated(By.id("search")));
    });

    step(language, "search", () -> {
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(texts.getProperty("search.title"));
      assertThat(browser.findElement(By.cssSelector("label[for='customerUid']")).getText()).isEqualTo(texts.getProperty("search.customerUid"));
      browser.findElement(By.id("customerUid")).sendKeys(EndedKycCase.UID);
      browser.findElement(By.id("outcome")).sendKeys("APPROVED");
      browser.findElement(By.id("search-submit")).click();
      WebElement row = visible(By.cssSelector("#cases tr[data-case='" + caseNumber + "']"));
      assertThat(row.getText()).contains("KYC_VERIFICATION", EndedKycCase.UID, "RESOLVED", "APPROVED", "kyc1", "compliance2");
      row.findElement(By.cssSelector("a.case-link")).click();
    });

    step(language, "trail", () -> {
      until.until(ExpectedConditions.textToBe(By.id("trail-title"), MessageFormat.format(texts.getProperty("trail.title"), caseNumber)));
      assertThat(browser.findElement(By.id("summary-status")).getText()).isEqualTo("RESOLVED");
      assertThat(browser.findElement(By.id("summary-outcome")).getText()).isEqualTo("APPROVED");
      assertThat(browser.findElement(By.id("summary-opened-by")).getText()).isEqualTo(CaseApi.INTAKE_USER);
      // Who approved it, when.
      var decisions = browser.findElements(By.cssSelector("#decisions tr.decision"));
      assertThat(decisions).hasSize(2);
      assertThat(decisions.get(0).findElement(By.cssSelector(".decided-by")).getText()).isEqualTo("kyc1");
      assertThat(decisions.get(0).findElement(By.cssSelector(".decided")).getText()).isEqualTo("APPROVE");
      assertThat(decisions.get(0).getText()).contains("2027-03-02T05:00:00Z", EndedKycCase.REVIEW_COMMENT);
      assertThat(decisions.get(1).findElement(By.cssSelector(".decided-by")).getText()).isEqualTo("compliance2");
      assertThat(browser.findElement(By.id("four-eyes")).getText()).contains("kyc1", "compliance2", texts.getProperty("trail.secondApprovalBy"));
      // With which check results and which triage decision.
      assertThat(browser.findElement(By.cssSelector("#checks tr[data-check='screeningHit'] .check-value")).getText()).isEqualTo("true");
      assertThat(browser.findElement(By.cssSelector("#checks tr[data-check='documentExpired'] .check-value")).getText()).isEqualTo("false");
      assertThat(browser.findElement(By.id("triage")).getText()).contains("Rule_Kyc", texts.getProperty("trail.triageRule"));
      assertThat(browser.findElement(By.id("triage-outputs")).getText()).contains("queue = kyc", "priority = 50");
      // The trail itself, labelled in the reader's language.
      assertThat(browser.findElements(By.cssSelector("#trail tbody tr")).size()).isGreaterThan(100);
      assertThat(browser.findElement(By.cssSelector("#trail tr[data-kind='CASE_OPENED'] .kind")).getText())
          .isEqualTo(texts.getProperty("kind.CASE_OPENED"));
      assertThat(browser.findElement(By.cssSelector("#trail tr[data-kind='CASE_OPENED'] .actor")).getText())
          .contains(texts.getProperty("actor.BACK_END"), CaseApi.INTAKE_USER);
      assertThat(browser.findElement(By.cssSelector("#trail tr[data-kind='CUSTOMER_REPLY'] .details")).getText()).contains("Here is my selfie");
      screenshot(language + "-trail");
    });

    step(language, "filter", () -> {
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("show"))).selectByValue("DECISIONS");
      browser.findElement(By.cssSelector("#entries form button")).click();
      until.until(d -> d.getCurrentUrl().contains("show=DECISIONS"));
      assertThat(browser.findElements(By.cssSelector("#trail tbody tr"))).hasSizeBetween(3, 40)
          .allSatisfy(row -> assertThat(row.getAttribute("data-kind")).isIn("DECISION_EVALUATED", "STEP_ENDED", "VARIABLE_SET", "FORM_FIELD_SUBMITTED"));
    });

    step(language, "export", () -> {
      String href = browser.findElement(By.id("export-jsonl")).getAttribute("href");
      byte[] export = download(href);
      byte[] key = download(browser.findElement(By.id("export-key")).getAttribute("href"));
      ExportVerification.Result result = ExportVerification.verify(export, Ed25519Keys.fromPublicPem(new String(key)));
      assertThat(result.valid()).as(result.message()).isTrue();
      assertThat(result.manifest().get("exportedBy").asText()).isEqualTo(Compliance.OFFICER);
      export[export.length / 2] ^= 0x01;
      assertThat(ExportVerification.verify(export, Ed25519Keys.fromPublicPem(new String(key))).valid()).isFalse();
    });

    step(language, "language", () -> {
      String other = language.equals("en") ? "es" : "en";
      browser.findElement(By.cssSelector(".languages a[data-lang='" + other + "']")).click();
      until.until(ExpectedConditions.textToBe(By.id("trail-title"), MessageFormat.format(texts(other).getProperty("trail.title"), caseNumber)));
      browser.get(base() + "/audit?customerUid=" + EndedKycCase.UID + "&from=" + day);
      assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice is kept").isEqualTo(texts(other).getProperty("search.title"));
    });
  }

  /** What the page offers for download, fetched with the browser's session, as a click would. */
  private byte[] download(String href) {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as("GET %s", href).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Properties texts(String language) {
    Properties english = Resources.properties("audit/messages.properties");
    if (language.equals("en")) {
      return english;
    }
    Properties translated = Resources.properties("audit/messages_" + language.toLowerCase(Locale.ROOT) + ".properties");
    assertThat(translated).isNotEmpty();
    return translated;
  }

  private void step(String language, String name, Runnable action) {
    Chromium.step(browser, getClass().getSimpleName() + "-" + language + "-" + name, action);
  }

  private void screenshot(String name) {
    Chromium.screenshot(browser, getClass().getSimpleName() + "-" + name);
  }

  private WebElement visible(By locator) {
    return until.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

}
