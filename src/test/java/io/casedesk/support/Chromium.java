package io.casedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for the browser tests, headless, in a language; no browser is
 * downloaded (needs the chromium and chromium-driver packages). Pictures of pages land in
 * target/browser-screenshots.
 */
public final class Chromium {

  static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

  private Chromium() {}

  public static WebDriver start(String language) {
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

  /** Runs one step of a browser test; a failure leaves a picture of the page behind, named after the step. */
  public static void step(WebDriver browser, String name, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot(browser, name + "-failed");
      throw e;
    }
  }

  /** A picture of the page as {@code <name>.png}; the test goes on if it cannot be taken. */
  public static void screenshot(WebDriver browser, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }
}
