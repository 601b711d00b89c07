package io.casedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.tasklist.TaskCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in a real headless Chromium ({@link Chromium}), in a browser language, as agents
 * and supervisors use it: log in, open a queue filter, find a case's task by its number (the task
 * card's "Task variable" search), claim it, read its form and header, open a document, fill the form,
 * complete it, reassign it. The one browser driver of every browser test. Each step waits explicitly
 * for what the person would see, with a generous bound for a loaded machine, never for a time; a
 * failing step leaves a screenshot and the page's HTML in target/browser-screenshots. Test classes
 * carry {@code @ExtendWith(Chromium.class)}, so they are skipped, saying why, without Chromium.
 */
public final class TasklistBrowser implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final WebDriver browser;
  /** Explicit waits on conditions of the page, bounded by {@link #PATIENCE}. */
  public final WebDriverWait until;
  private final String base;
  private final String testName;
  private final JsonNode tasklistTexts;

  public TasklistBrowser(int port, String language, String testName) {
    Assumptions.assumeTrue(Chromium.available() || Chromium.required(), Chromium.SKIPPED);
    try {
      this.browser = Chromium.start(language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.until = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(200));
    this.base = "http://127.0.0.1:" + port;
    this.testName = testName;
    this.tasklistTexts = tasklistTexts(language);
  }

  /** Runs one step; a failure leaves a picture of the page (and its HTML) behind. */
  public void step(String name, Runnable action) {
    Chromium.step(browser, testName + "-" + name + "-" + System.currentTimeMillis(), action);
  }

  /** A text of Tasklist itself in the browser's language (its locale file's {@code labels}). */
  public String tasklistText(String key) {
    return tasklistTexts.path(key).asText(key);
  }

  /** Logs in, waits for the filters, and answers the login button's text, in the browser's language. */
  public String logIn(String user, String password) {
    browser.get(base + "/camunda/app/tasklist/");
    visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(password);
    WebElement submit = browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
    String label = submit.getText().trim();
    submit.click();
    visible(By.cssSelector("div[cam-tasklist-filters] .task-filter h4.name a"));
    return label;
  }

  /**
   * Opens the queue filter (by the name it shows in the browser's language), finds the case's task by
   * the case number on its card, as an agent searches, and opens the task of that name.
   */
  public void openTask(String filter, String caseNumber, String taskName) {
    openFilter(filter);
    searchTaskVariable(TaskCard.CASE_NUMBER, caseNumber);
    openTask(caseNumber, taskName);
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

  /** An element of the page once it shows, scrolled into view (a form's table, say). */
  public WebElement shown(By locator) {
    WebElement element = visible(locator);
    scrollTo(element);
    return element;
  }

  /** The names of the filters in the filter column, as shown. */
  public List<String> filterNames() {
    return browser.findElements(By.cssSelector("div[cam-tasklist-filters] .task-filter h4.name a")).stream()
        .map(a -> (String) script("return arguments[0].childNodes[0].textContent.trim();", a))
        .toList();
  }

  /** Opens a filter and waits until its list has loaded, without an error. */
  public void openFilter(String name) {
    WebElement filter = until.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[@cam-tasklist-filters]//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[normalize-space(text()[1])='" + name + "']")));
    scrollTo(filter);
    filter.click();
    until.until(d -> d.findElement(By.xpath("//div[@cam-tasklist-filters]//div[contains(@class,'task-filter') and contains(@class,'active')]"
        + "/h4/a[normalize-space(text()[1])='" + name + "']")) != null);
    listLoaded();
  }

  /** The task list shows tasks or says there are none, and no error. */
  public void listLoaded() {
    until.until(d -> !d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list li.task")).isEmpty()
        || !d.findElements(By.cssSelector("[cam-tasks] .well")).stream().filter(WebElement::isDisplayed).toList().isEmpty()
        || !d.findElements(By.cssSelector("[cam-tasks] .alert-danger")).stream().filter(WebElement::isDisplayed).toList().isEmpty());
    List<WebElement> errors = browser.findElements(By.cssSelector("[cam-tasks] .alert-danger")).stream().filter(WebElement::isDisplayed).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("The task list shows an error: " + errors.get(0).getText());
    }
  }

  /**
   * Searches the list as a person would: the search field, the criterion "Task variable", the card's
   * line {@code variable} by its label, "=", the value.
   */
  public void searchTaskVariable(String variable, String value) {
    visible(By.cssSelector("[cam-widget-search] input.main-field")).click();
    until.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//a[@title='" + tasklistText("TASK_VARIABLE") + "']"))).click();
    until.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//a[contains(normalize-space(.),'(" + variable + ")')]"))).click();
    until.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search-pill] .value-field .view-value"))).click();
    WebElement input = visible(By.cssSelector("[cam-widget-search-pill] .value-field input"));
    input.sendKeys(value);
    input.sendKeys(Keys.ENTER);
    until.until(d -> d.findElements(By.cssSelector("[cam-widget-search-pill] .search-label.invalid")).isEmpty());
    until.until(d -> {
      List<WebElement> tasks = d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list li.task"));
      return tasks.size() == 1 && tasks.get(0).getText().contains(value);
    });
  }

  /** The task's card in the list: its text with its lines shown in full. */
  /**
   * The text of the task's card in the list, unfolded, once it shows every one of {@code expected}
   * (the details unfold with an animation, the variables arrive in a request of their own and the list
   * may render again meanwhile), or as it stands when the patience runs out, so the assertion after it
   * names what is missing.
   */
  public String cardText(String caseNumber, String... expected) {
    String[] last = {""};
    try {
      new WebDriverWait(browser, PATIENCE, Duration.ofMillis(200)).ignoring(StaleElementReferenceException.class).until(d -> {
        WebElement card = d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list li.task")).stream()
            .filter(t -> t.getText().contains(caseNumber)).findFirst().orElse(null);
        if (card == null) {
          return false;
        }
        List<WebElement> more = card.findElements(By.cssSelector(".shutter a"));
        if (card.findElements(By.cssSelector(".task-card-details.expanded")).isEmpty() && !more.isEmpty() && more.get(0).isDisplayed()) {
          more.get(0).click();
          return false;
        }
        last[0] = card.getText();
        return Arrays.stream(expected).allMatch(last[0]::contains);
      });
    } catch (TimeoutException e) {
      // the caller's assertion reports what the card lacks
    }
    return last[0];
  }

  public void openTask(String caseNumber, String taskName) {
    until.until(d -> d.findElements(By.cssSelector("[cam-tasks] ol.tasks-list li.task")).stream()
        .filter(t -> t.getText().contains(caseNumber)).findFirst()
        .map(t -> t.findElement(By.cssSelector("h4.task a"))).orElse(null)).click();
    until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card h2.task"), taskName));
    formShows(caseNumber);
  }

  public void formShows(String text) {
    visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
    until.until(d -> d.findElement(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form")).getText().contains(text));
  }

  /** Claims the open task once its form shows; answers the claim button's text. */
  public String claim() {
    WebElement claim = visible(By.cssSelector("section.task-card button.claim[ng-click='claim()']"));
    String label = claim.getText().trim();
    visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
    claim.click();
    until.until(ExpectedConditions.stalenessOf(claim));
    until.until(d -> d.findElements(By.cssSelector("div[cam-tasklist-form] > div.disabled-form")).isEmpty());
    return label;
  }

  /**
   * Opens a document from the form's header by its name and checks that the picture arrives in a new
   * tab; back on the task afterwards. Returns the address the document was served from.
   */
  public String openDocument(String name) {
    String tasklist = browser.getWindowHandle();
    Set<String> before = browser.getWindowHandles();
    WebElement link = visible(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(@href,'/documents/') and normalize-space(.)='" + name + "']"));
    scrollTo(link);
    link.click();
    String tab = until.until(d -> d.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElse(null));
    browser.switchTo().window(tab);
    try {
      until.until(d -> d.getCurrentUrl().contains("/demo-back-office/documents/"));
      until.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
          "return document.images.length > 0 && document.images[0].complete ? document.images[0].naturalWidth : 0;")).intValue() > 0);
      return browser.getCurrentUrl();
    } finally {
      browser.close();
      browser.switchTo().window(tasklist);
    }
  }

  /** Picks a radio option by its label. */
  public void choose(String optionLabel) {
    WebElement label = visible(By.xpath("//div[contains(@class,'fjs-form-field-radio')]/label[@for][normalize-space(.)='" + optionLabel + "']"));
    scrollTo(label);
    label.click();
    until.until(d -> label.findElement(By.cssSelector("input[type='radio']")).isSelected());
  }

  /**
   * Completes the task; answers the complete button's text once the task has left the screen and
   * Tasklist shows no error (a task gone is no 500).
   */
  public String complete() {
    WebElement complete = until.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn-primary[ng-click='complete()']")));
    String label = complete.getText().trim();
    scrollTo(complete);
    complete.click();
    until.until(d -> d.findElements(By.cssSelector("section.task-card")).isEmpty());
    listLoaded();
    List<String> errors = browser.findElements(By.cssSelector(".page-notifications .alert-danger, .page-notifications .alert-warning")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError("Tasklist reported an error after completing the task: " + errors);
    }
    return label;
  }

  /** Changes the task's assignee in the task's header, as a supervisor reassigns. */
  public void reassign(String user) {
    WebElement field = visible(By.cssSelector("section.task-card li.assignee [cam-widget-inline-field] .view-value"));
    field.click();
    WebElement input = visible(By.cssSelector("section.task-card li.assignee [cam-widget-inline-field] input"));
    input.clear();
    input.sendKeys(user);
    input.sendKeys(Keys.ENTER);
  }

  /**
   * No English in these parts of the page (see {@link NoEnglish}), once Tasklist has rendered them:
   * it fills in some texts (relative dates) after the page appears, so this waits, within the bound,
   * for the text to pass, and fails with the English words and their lines if it never does.
   */
  public void noEnglish(String cssSelector, Set<String> data) {
    try {
      until.until(d -> NoEnglish.in(textOf(cssSelector), data).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("English words in " + cssSelector + ", each with its line: " + NoEnglish.in(textOf(cssSelector), data));
    }
  }

  /** The visible text of a part of the page, with the values of its fields, which a person reads as well. */
  public String textOf(String cssSelector) {
    return (String) script("""
        var parts = [];
        document.querySelectorAll(arguments[0]).forEach(function(root) {
          parts.push(root.innerText);
          root.querySelectorAll('input, textarea').forEach(function(field) {
            if (field.type !== 'hidden' && field.type !== 'radio' && field.type !== 'checkbox' && field.offsetParent !== null) {
              parts.push(field.value);
            }
            if (field.placeholder && field.offsetParent !== null) {
              parts.push(field.placeholder);
            }
          });
          root.querySelectorAll('select').forEach(function(select) {
            if (select.selectedIndex >= 0 && select.offsetParent !== null) { parts.push(select.options[select.selectedIndex].text); }
          });
        });
        return parts.join('\\n');
        """, cssSelector);
  }

  public WebElement visible(By locator) {
    return until.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  @Override
  public void close() {
    browser.quit();
  }

  private void scrollTo(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  /** Tasklist's texts in a language: Camunda's English file in the webjar, the desk's files for the others. */
  private static JsonNode tasklistTexts(String language) {
    String tag = language.split("-")[0];
    String resource = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + tag + ".json";
    try (InputStream in = TasklistBrowser.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No Tasklist texts " + resource);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return new ObjectMapper().readTree(json).path("labels");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
