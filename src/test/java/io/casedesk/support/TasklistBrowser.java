package io.casedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Camunda Tasklist in Debian's headless Chromium, in a browser language, as an agent uses it: log in,
 * open a queue filter, find a case's task, claim it, read and fill its form, complete it. Each step
 * waits for what the agent would see (bounded), never for a time; a failing step leaves a screenshot
 * in target/browser-screenshots. Needs the chromium and chromium-driver packages.
 */
public final class TasklistBrowser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver browser;
  private final WebDriverWait until;
  private final String base;
  private final String testName;

  public TasklistBrowser(int port, String language, String testName) {
    this.browser = chromium(language);
    this.until = new WebDriverWait(browser, PATIENCE);
    this.base = "http://127.0.0.1:" + port;
    this.testName = testName;
  }

  /** Runs one step; a failure leaves a picture of the page behind. */
  public void step(String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot(name);
      throw e;
    }
  }

  /** Logs in and answers the login button's text, in the browser's language. */
  public String logIn(String user, String password) {
    browser.get(base + "/camunda/app/tasklist/");
    visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(password);
    WebElement submit = browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    String label = submit.getText().trim();
    submit.click();
    return label;
  }

  /** Opens the queue filter, narrows it to the case and opens its task of that name. */
  public void openTask(String filter, String caseNumber, String taskName) {
    visible(By.xpath("//div[@cam-tasklist-filters]//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[normalize-space(text())='"
        + filter + "']")).click();
    until.until(d -> d.getCurrentUrl().contains("filter="));
    Matcher id = Pattern.compile("filter=([0-9a-f-]+)").matcher(browser.getCurrentUrl());
    if (!id.find()) {
      throw new AssertionError("No filter id in " + browser.getCurrentUrl());
    }
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + caseNumber + "\",\"name\":\"caseNumber\"}]";
    browser.get(base + "/camunda/app/tasklist/default/#/?filter=" + id.group(1) + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space(.)='"
        + taskName + "']")).click();
    until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), taskName));
  }

  /** Claims the open task once its form shows; answers the claim button's text. */
  public String claim() {
    WebElement claimButton = visible(By.cssSelector("section.task-card button.claim[ng-click='claim()']"));
    String label = claimButton.getText().trim();
    visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
    claimButton.click();
    until.until(ExpectedConditions.stalenessOf(claimButton));
    until.until(d -> d.findElements(By.cssSelector("div[cam-tasklist-form] > div.disabled-form")).isEmpty());
    return label;
  }

  /** The value of a form field, once the form has it. */
  public String field(String componentId, String expectedStart) {
    WebElement field = visible(By.cssSelector(".fjs-form [id$='-" + componentId + "']"));
    until.until(d -> field.getAttribute("value") != null && field.getAttribute("value").startsWith(expectedStart));
    return field.getAttribute("value");
  }

  /** The label of a form field. */
  public String label(String componentId) {
    return visible(By.cssSelector(".fjs-form label[for$='-" + componentId + "']")).getText().trim();
  }

  /** Picks a radio option by its label. */
  public void choose(String optionLabel) {
    WebElement option = visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]/label[@for][normalize-space(.)='" + optionLabel + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click();
    until.until(d -> option.findElement(By.cssSelector("input[type='radio']")).isSelected());
  }

  /** Completes the task; answers the complete button's text once the task has left the screen. */
  public String complete() {
    WebElement button = until.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
    String label = button.getText().trim();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    until.until(d -> d.findElements(By.cssSelector("section.task-card")).isEmpty());
    return label;
  }

  /** An element of the page once it shows, scrolled into view (a form's table, say). */
  public WebElement shown(By locator) {
    WebElement element = visible(locator);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  @Override
  public void close() {
    browser.quit();
  }

  private WebElement visible(By locator) {
    return until.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private void screenshot(String step) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(testName + "-" + step + "-" + System.currentTimeMillis() + ".png"));
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }

  /** Debian's Chromium and ChromeDriver, headless, in the given language; no browser is downloaded. */
  public static WebDriver chromium(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    try {
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
          "--no-first-run", "--window-size=1400,1000", "--lang=" + language,
          "--user-data-dir=" + Files.createTempDirectory("casedesk-chromium"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
