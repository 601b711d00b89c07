package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.copytrading.CopyTradingRequests;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent works a KYC case in Camunda Tasklist, in a real headless Chromium, in the browser's
 * language: logs in, opens the language queue, claims the task, sees the form with the case context,
 * approves, and the case is resolved. Needs Debian's chromium and chromium-driver (.ci/run installs
 * them); runs with {@code mvn verify -Pbrowser-tests}. Screenshots of a failing step land in
 * target/browser-screenshots.
 */
@CaseDeskTest
class TasklistBrowserTests {

  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
  static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired Bundles bundles;
  @Autowired JdbcClient jdbc;

  WebDriver browser;
  WebDriverWait until;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    engine.reset();
  }

  @ParameterizedTest(name = "{0} browser")
  @CsvSource({
    "en-US, en, 10000001, agentEn, Log in, Claim, Complete",
    "zh-CN, zh, 10000007, agentZh, 登录, 认领, 完成",
  })
  void anAgentApprovesAKycCaseInTheirLanguage(
      String browserLanguage, String language, String uid, String agent, String logIn, String claim, String complete) throws IOException {
    SupportedLanguage lang = SupportedLanguage.of(language).orElseThrow();
    String taskName = text(bundles.load("i18n/tasks", lang), "kyc-verification.Task_ReviewApplication", "Review KYC application");
    String caseLabel = text(bundles.load("forms/i18n/forms", lang), "kyc-review.Field_caseNumber.label", "Case");
    String approve = text(bundles.load("forms/i18n/forms", lang), "kyc-review.Field_decision.values.APPROVE", "Approve");
    ObjectNode request = api.kycCase(uid, browserLanguage);
    String caseNumber = api.openCase(request);

    browser = chromium(browserLanguage);
    until = new WebDriverWait(browser, PATIENCE);
    try {
      logIn(agent, logIn);
      openTask("KYC (" + language + ")", caseNumber, taskName);

      claim(taskName, claim);

      step("form", () -> {
        WebElement caseField = visible(By.cssSelector(".fjs-form input[id$='-Field_caseNumber']"));
        until.until(d -> caseNumber.equals(caseField.getAttribute("value")));
        assertThat(browser.findElement(By.cssSelector(".fjs-form label[for$='-Field_caseNumber']")).getText().trim()).isEqualTo(caseLabel);
        choose(approve);
      });

      complete(complete);
    } finally {
      engine.runDueJobs();
    }

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    assertThat(api.view(caseNumber).at("/notifications/0/template").asText()).isEqualTo("kyc-approved");
  }

  /**
   * A trading-desk agent reviews a copy-trading dispute in Tasklist: the form shows the reconciliation
   * of the demo follower 10000010 as a table (form-js's table component), order by order with the
   * numbers, and confirming the finding compensates the platform faults.
   */
  @Test
  void aTradingDeskAgentChecksTheReconciliationTableAndConfirmsTheFinding() throws IOException {
    ObjectNode request = CopyTradingRequests.dispute(api.json(), "10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    engine.moveClock(Duration.between(engine.now(), java.time.Instant.parse("2026-11-24T12:00:00Z")));
    String caseNumber = api.openCase(request);
    engine.runDueJobs();
    String taskName = "Review copy-trading finding";
    BigDecimal balance = usdt("10000010");

    browser = chromium("en-US");
    until = new WebDriverWait(browser, PATIENCE);
    try {
      logIn("trader1", "Log in");
      openTask("Trading desk", caseNumber, taskName);
      claim(taskName, "Claim");
      step("table", () -> {
        WebElement table = visible(By.cssSelector(".fjs-form table.fjs-table"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", table);
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(th -> th.getText().trim()).toList())
            .containsExactly("Order", "Pair, side, quantity", "Lead price", "Fill price", "Slippage", "Cap", "Verdict", "Whose fault", "Compensation");
        var rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("LO-88120 / CPY-0001", "91250.5", "0.3 %", "not placed", "39.12 USDT");
        assertThat(rows.get(1).getText()).contains("3138.9", "0.593 %", "filled beyond the slippage limit", "13.71 USDT");
        assertThat(rows.get(2).getText()).contains("copied correctly", "the lead trader's trading");
        choose("Confirm the finding (platform faults are compensated)");
      });
      complete("Complete");
      engine.runDueJobs();
      assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
      assertThat(api.view(caseNumber).at("/outcome/code").asText()).isEqualTo("COMPENSATED");
      assertThat(usdt("10000010").subtract(balance)).isEqualByComparingTo("52.83");
    } finally {
      // The demo follower's balance as it was.
      jdbc.sql("update ledger_balance set available = :b where customer_uid = '10000010' and asset = 'USDT'").param("b", balance).update();
    }
  }

  private BigDecimal usdt(String uid) {
    return jdbc.sql("select available from ledger_balance where customer_uid = :uid and asset = 'USDT'").param("uid", uid)
        .query(BigDecimal.class).single();
  }

  private void logIn(String agent, String logIn) {
    step("login", () -> {
      browser.get(base() + "/camunda/app/tasklist/");
      WebElement user = visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
      user.sendKeys(agent);
      browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(CaseApi.DEMO_PASSWORD);
      WebElement submit = browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
      assertThat(submit.getText().trim()).isEqualTo(logIn);
      submit.click();
    });
  }

  /** Opens the queue's filter, searches the case and opens its task. */
  private void openTask(String filter, String caseNumber, String taskName) {
    step("queue", () -> {
      visible(By.xpath("//div[@cam-tasklist-filters]//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[normalize-space(text())='" + filter + "']")).click();
      until.until(d -> d.getCurrentUrl().contains("filter="));
      Matcher id = Pattern.compile("filter=([0-9a-f-]+)").matcher(browser.getCurrentUrl());
      assertThat(id.find()).isTrue();
      String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + caseNumber + "\",\"name\":\"caseNumber\"}]";
      browser.get(base() + "/camunda/app/tasklist/default/#/?filter=" + id.group(1) + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
      visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.)='" + taskName + "']")).click();
    });
  }

  private void claim(String taskName, String claim) {
    step("claim", () -> {
      until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), taskName));
      WebElement claimButton = visible(By.cssSelector("section.task-card button.claim[ng-click='claim()']"));
      assertThat(claimButton.getText().trim()).isEqualTo(claim);
      visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
      claimButton.click();
      until.until(ExpectedConditions.stalenessOf(claimButton));
      until.until(d -> d.findElements(By.cssSelector("div[cam-tasklist-form] > div.disabled-form")).isEmpty());
    });
  }

  /** Selects the decision whose label is given. */
  private void choose(String decision) {
    WebElement label = visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]/label[@for][normalize-space(.)='" + decision + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
    label.click();
    until.until(d -> label.findElement(By.cssSelector("input[type='radio']")).isSelected());
  }

  private void complete(String complete) {
    step("complete", () -> {
      WebElement completeButton = until.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
      assertThat(completeButton.getText().trim()).isEqualTo(complete);
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", completeButton);
      completeButton.click();
      until.until(d -> d.findElements(By.cssSelector("section.task-card")).isEmpty());
    });
  }

  private void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot(name);
      throw e;
    }
  }

  private void screenshot(String step) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + step + "-" + System.currentTimeMillis() + ".png"));
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }

  private WebElement visible(By locator) {
    return until.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static String text(java.util.Properties bundle, String key, String english) {
    return bundle.getProperty(key, english);
  }

  /** Debian's Chromium and ChromeDriver, headless, in the given language; no browser is downloaded. */
  static WebDriver chromium(String language) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--window-size=1400,1000", "--lang=" + language,
        "--user-data-dir=" + Files.createTempDirectory("casedesk-chromium"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
