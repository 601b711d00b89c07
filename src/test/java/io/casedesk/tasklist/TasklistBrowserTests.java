package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.support.CaseApi;
import io.casedesk.support.Chromium;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    browser = Chromium.start(browserLanguage);
    until = new WebDriverWait(browser, PATIENCE);
    try {
      step("login", () -> {
        browser.get(base() + "/camunda/app/tasklist/");
        WebElement user = visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
        user.sendKeys(agent);
        browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(CaseApi.DEMO_PASSWORD);
        WebElement submit = browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        assertThat(submit.getText().trim()).isEqualTo(logIn);
        submit.click();
      });

      String filter = "KYC (" + language + ")";
      step("queue", () -> {
        visible(By.xpath("//div[@cam-tasklist-filters]//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[normalize-space(text())='" + filter + "']")).click();
        until.until(d -> d.getCurrentUrl().contains("filter="));
        Matcher id = Pattern.compile("filter=([0-9a-f-]+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + caseNumber + "\",\"name\":\"caseNumber\"}]";
        browser.get(base() + "/camunda/app/tasklist/default/#/?filter=" + id.group(1) + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.)='" + taskName + "']")).click();
      });

      step("claim", () -> {
        until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), taskName));
        WebElement claimButton = visible(By.cssSelector("section.task-card button.claim[ng-click='claim()']"));
        assertThat(claimButton.getText().trim()).isEqualTo(claim);
        visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
        claimButton.click();
        until.until(ExpectedConditions.stalenessOf(claimButton));
        until.until(d -> d.findElements(By.cssSelector("div[cam-tasklist-form] > div.disabled-form")).isEmpty());
      });

      step("form", () -> {
        WebElement caseField = visible(By.cssSelector(".fjs-form input[id$='-Field_caseNumber']"));
        until.until(d -> caseNumber.equals(caseField.getAttribute("value")));
        assertThat(browser.findElement(By.cssSelector(".fjs-form label[for$='-Field_caseNumber']")).getText().trim()).isEqualTo(caseLabel);
        WebElement approveLabel = visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]/label[@for][normalize-space(.)='" + approve + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", approveLabel);
        approveLabel.click();
        until.until(d -> approveLabel.findElement(By.cssSelector("input[type='radio']")).isSelected());
      });

      step("complete", () -> {
        WebElement completeButton = until.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
        assertThat(completeButton.getText().trim()).isEqualTo(complete);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", completeButton);
        completeButton.click();
        until.until(d -> d.findElements(By.cssSelector("section.task-card")).isEmpty());
      });
    } finally {
      engine.runDueJobs();
    }

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    assertThat(api.view(caseNumber).at("/notifications/0/template").asText()).isEqualTo("kyc-approved");
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
}
