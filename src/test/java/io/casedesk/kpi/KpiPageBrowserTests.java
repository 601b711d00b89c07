package io.casedesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.Chromium;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor reads the KPI page in a real headless Chromium, in the browser's language: signs in,
 * sees first response, resolution success and CSAT against their targets, the weekly trend with the
 * target line and the breakdowns by language and channel, drawn from the week's cases. Needs Debian's
 * chromium and chromium-driver; runs with {@code mvn verify -Pbrowser-tests}.
 */
@CaseDeskTest
@TestClock("2031-02-03T08:00:00Z")
@org.junit.jupiter.api.extension.ExtendWith(Chromium.class)
class KpiPageBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired TestCases testCases;

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0} browser")
  @CsvSource({
    "en-US, Support KPIs, 'First response time (median, excluding customer wait)', 2.0 h, 5.00 / 5, Chinese",
    "zh-CN, 客服 KPI, 首次响应时间（中位数，不含等待客户时间）, 2.0 小时, 5.00 / 5, 中文",
  })
  void aSupervisorSeesTheFiguresAgainstTheTargetsByLanguageAndChannel(
      String browserLanguage, String title, String firstResponse, String hours, String csat, String chinese) throws Exception {
    KpiCases cases = new KpiCases(api, engine, taskService, rest).owning(testCases::own);
    String en = cases.kyc(KpiCases.UID_A, "en", "EMAIL_TICKET", "STANDARD", true);
    String zh = cases.kyc(KpiCases.UID_B, "zh", "WEB_FORM", "STANDARD", true);
    cases.automatedDeposit(KpiCases.UID_C);
    engine.advance(Duration.ofHours(2));
    cases.approve(en, "agentEn");
    cases.approve(zh, "agentZh");
    cases.csat(en, Map.of("score", 5));

    try {
      browser = Chromium.start(browserLanguage);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
    try {
      browser.get("http://127.0.0.1:" + port + "/kpis?from=2031-02-03&to=2031-02-09");
      until.until(ExpectedConditions.textToBe(By.cssSelector("h1"), title));
      browser.findElement(By.id("user")).sendKeys("supervisor1");
      browser.findElement(By.id("password")).sendKeys(CaseApi.DEMO_PASSWORD);
      browser.findElement(By.id("show")).click();
      until.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));

      assertThat(browser.findElement(By.cssSelector("#card-firstResponse .name")).getText()).isEqualTo(firstResponse);
      assertThat(browser.findElement(By.cssSelector("#card-firstResponse .value")).getText()).isEqualTo(hours);
      assertThat(browser.findElement(By.cssSelector("#card-resolutionSuccess .value")).getText()).isEqualTo("100.0 %");
      assertThat(browser.findElement(By.cssSelector("#card-csat .value")).getText()).isEqualTo(csat);
      assertThat(browser.findElement(By.cssSelector("#card-firstResponse")).getAttribute("class")).contains("met");
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='trend-firstResponse'] line.target"))).hasSize(1);
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='trend-firstResponse'] circle.point"))).hasSize(1);
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='language-firstResponse'] rect.bar"))).hasSize(2);
      assertThat(browser.findElement(By.cssSelector("svg[data-chart='language-firstResponse']")).getText()).contains(chinese);
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='channel-resolutionSuccess'] rect.bar"))).hasSize(2);
    } catch (RuntimeException | AssertionError e) {
      Path shots = Path.of("target/browser-screenshots");
      Files.createDirectories(shots);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), shots.resolve(getClass().getSimpleName() + "-" + browserLanguage + "-" + System.currentTimeMillis() + ".png"));
      throw e;
    }
  }
}
