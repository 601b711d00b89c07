package io.casedesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: Chromium and its ChromeDriver from the PATH (Debian's
 * {@code chromium} and {@code chromium-driver}), headless; no browser is downloaded. Without them the
 * tests are skipped and say why, unless {@code CASEDESK_BROWSER_TESTS=required} (CI sets it): then a
 * missing browser fails them.
 */
public class Chromium implements ExecutionCondition {

  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  public static final String SWITCH = "CASEDESK_BROWSER_TESTS";
  static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
  static final String DRIVER = "chromedriver";
  /** Why the browser tests do not run here. */
  public static final String SKIPPED = "Browser tests skipped: no Chromium (" + String.join(", ", BROWSERS) + ") and chromedriver on the PATH. "
      + "Install them (apt-get install chromium chromium-driver) to run them; " + SWITCH + "=required makes their absence a failure.";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (available()) {
      return ConditionEvaluationResult.enabled("Chromium " + browser().get() + " with " + driver().get());
    }
    if (required()) {
      return ConditionEvaluationResult.enabled(SWITCH + "=required: the browser tests run and fail without Chromium");
    }
    System.out.println(SKIPPED);
    return ConditionEvaluationResult.disabled(SKIPPED);
  }

  /** Chromium and its driver are on the PATH. */
  public static boolean available() {
    return browser().isPresent() && driver().isPresent();
  }

  /** {@code CASEDESK_BROWSER_TESTS=required}: a missing browser fails the browser tests. */
  public static boolean required() {
    return "required".equalsIgnoreCase(System.getenv(SWITCH));
  }

  /** Headless Chromium in the given browser language. */
  public static WebDriver start(String language) throws IOException {
    Path browser = browser().orElseThrow(() -> new AssertionError(SWITCH + "=required, but no Chromium (" + String.join(", ", BROWSERS)
        + ") is on the PATH: apt-get install chromium chromium-driver"));
    Path driver = driver().orElseThrow(() -> new AssertionError(SWITCH + "=required, but no chromedriver is on the PATH: apt-get install chromium-driver"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--window-size=1400,1400", "--lang=" + language,
        "--user-data-dir=" + Files.createTempDirectory("casedesk-chromium"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  static Optional<Path> browser() {
    return BROWSERS.stream().map(Chromium::onPath).flatMap(Optional::stream).findFirst();
  }

  static Optional<Path> driver() {
    return onPath(DRIVER);
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }

  /** Runs one step of a browser test; a failure leaves a picture of the page behind, named after the step. */
  public static void step(WebDriver browser, String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot(browser, name + "-failed");
      throw e;
    }
  }

  /** A picture of the page as {@code <name>.png} and its HTML as {@code <name>.html}; the test goes on if they cannot be taken. */
  public static void screenshot(WebDriver browser, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }
}
