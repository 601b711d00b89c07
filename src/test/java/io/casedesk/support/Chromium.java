package io.casedesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and ChromeDriver for the browser tests, headless, in a language; no browser is downloaded. */
public final class Chromium {

  private Chromium() {}

  public static WebDriver start(String language) throws IOException {
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
