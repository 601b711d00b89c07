package io.casedesk.rehearsal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.rehearsal.DayOutcome;
import io.casedesk.support.CaseApi;
import io.casedesk.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's first start: a fresh demo database gets one rehearsed day, and {@code GET /api/kpis}
 * and the KPI page show its first response, resolution success and CSAT against their targets, by
 * language and channel, matching a count by hand from the case records and what the simulated
 * customers did. A desk of its own (its own in-memory database), as a first start is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:casedesk-demo-day;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=demoday",
    "casedesk.rehearsal.demo-day.enabled=true",
    "casedesk.rehearsal.demo-day.cases=48"})
@ActiveProfiles({"demo", "test"})
class DemoDayTests {

  @Autowired DemoDay demoDay;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @Test
  void theKpisOfTheDemoDayMatchACountByHandByLanguageAndChannel() {
    DayOutcome day = demoDay.played().orElseThrow();
    assertThat(day.opened()).hasSize(48);
    JsonNode report = kpis("groupBy=language,channel");

    Map<String, Hand> hand = handCount();
    // The day's cases: the 48 its customers opened, and follow-ups the desk opened for them (a KYC
    // verification a withdrawal-limit request needs).
    assertThat(report.path("overall").path("cases").asInt()).isEqualTo(hand.values().stream().mapToInt(h -> h.cases).sum())
        .isGreaterThanOrEqualTo(48);
    List<String> groups = new ArrayList<>();
    for (JsonNode group : report.path("groups")) {
      String key = group.path("key").path("language").asText() + " " + group.path("key").path("channel").asText();
      groups.add(key);
      Hand expected = hand.get(key);
      JsonNode f = group.path("figures");
      assertThat(f.path("cases").asInt()).as(key).isEqualTo(expected.cases);
      assertThat(f.path("resolutionSuccess").path("count").asInt()).as(key).isEqualTo(expected.resolvedNotReopened);
      assertThat(f.path("resolutionSuccess").path("of").asInt()).as(key).isEqualTo(expected.ended);
      assertThat(f.path("resolutionSuccess").path("target").asDouble()).isEqualTo(0.94);
      assertThat(f.path("csat").path("responses").asInt()).as(key).isEqualTo(expected.ratings.size());
      if (!expected.ratings.isEmpty()) {
        assertThat(f.path("csat").path("mean").asDouble()).as(key).isCloseTo(mean(expected.ratings), org.assertj.core.data.Offset.offset(0.0001));
      }
      assertThat(f.path("csat").path("target").asDouble()).isEqualTo(4.5);
      assertThat(f.path("firstResponse").path("measured").asInt()).as(key).isEqualTo(expected.responses.size());
      if (!expected.responses.isEmpty()) {
        assertThat(f.path("firstResponse").path("excludingCustomerWait").path("p50").asDouble()).as(key)
            .isCloseTo(median(expected.responses), org.assertj.core.data.Offset.offset(0.0001));
      }
      assertThat(f.path("firstResponse").path("targetHours").asDouble()).isEqualTo(3.5);
    }
    assertThat(groups).containsExactlyInAnyOrderElementsOf(hand.keySet());

    // What the simulated customers did is what the desk counted: their ratings, per language.
    Map<String, Integer> ratingsByLanguage = new TreeMap<>();
    day.ratings().forEach((caseNumber, score) -> ratingsByLanguage.merge(day.opened().get(caseNumber).split(" ")[0], 1, Integer::sum));
    Map<String, Integer> responsesByLanguage = new TreeMap<>();
    for (JsonNode group : kpis("groupBy=language").path("groups")) {
      int responses = group.path("figures").path("csat").path("responses").asInt();
      if (responses > 0) {
        responsesByLanguage.put(group.path("key").path("language").asText(), responses);
      }
    }
    assertThat(responsesByLanguage).isEqualTo(ratingsByLanguage);
    assertThat(report.path("overall").path("csat").path("responses").asInt()).isEqualTo(day.ratings().size()).isPositive();
  }

  @Test
  @ExtendWith(Chromium.class)
  void theKpiPageShowsTheDemoDayAgainstTheTargets() throws IOException {
    JsonNode overall = kpis("").path("overall");
    int languages = kpis("groupBy=language").path("groups").size();
    WebDriver browser = Chromium.start("en-US");
    try {
      WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://127.0.0.1:" + port + "/kpis");
      until.until(ExpectedConditions.visibilityOfElementLocated(By.id("user")));
      browser.findElement(By.id("user")).sendKeys("supervisor1");
      browser.findElement(By.id("password")).sendKeys(CaseApi.DEMO_PASSWORD);
      browser.findElement(By.id("show")).click();
      until.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
      Chromium.screenshot(browser, "kpi-page-after-the-demo-day");

      assertThat(text(browser, "#card-firstResponse .value"))
          .isEqualTo(String.format(Locale.ROOT, "%.1f h", overall.path("firstResponse").path("excludingCustomerWait").path("p50").asDouble()));
      assertThat(text(browser, "#card-resolutionSuccess .value"))
          .isEqualTo(String.format(Locale.ROOT, "%.1f %%", overall.path("resolutionSuccess").path("value").asDouble() * 100));
      assertThat(text(browser, "#card-csat .value"))
          .isEqualTo(String.format(Locale.ROOT, "%.2f / 5", overall.path("csat").path("mean").asDouble()));
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='language-firstResponse'] rect.bar"))).hasSize(languages);
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='channel-resolutionSuccess'] rect.bar"))).hasSizeGreaterThanOrEqualTo(2);
      assertThat(browser.findElements(By.cssSelector("svg[data-chart='trend-firstResponse'] line.target"))).hasSize(1);
    } catch (RuntimeException | AssertionError e) {
      Chromium.screenshot(browser, "kpi-page-after-the-demo-day-failed");
      throw e;
    } finally {
      browser.quit();
    }
  }

  private JsonNode kpis(String query) {
    var response = CaseApi.as(rest, "supervisor1").getForEntity("/api/kpis?" + query, JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }

  private static String text(WebDriver browser, String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  /** Per language and channel, counted from the case records themselves. */
  private Map<String, Hand> handCount() {
    Map<String, Hand> hand = new HashMap<>();
    jdbc.sql("""
        select c.locale, c.channel, c.status, c.reopens, s.score, k.first_public_response_at, c.created_at, k.first_response_wait_secs
        from cd_case c left join cd_csat s on s.case_number = c.case_number left join cd_kpi_case k on k.case_number = c.case_number
        """).query(rs -> {
          Hand h = hand.computeIfAbsent(rs.getString("locale") + " " + rs.getString("channel"), k -> new Hand());
          h.cases++;
          String status = rs.getString("status");
          boolean resolved = status.equals("RESOLVED") || status.equals("REJECTED");
          if (resolved || status.equals("CLOSED")) {
            h.ended++;
          }
          if (resolved && rs.getInt("reopens") == 0) {
            h.resolvedNotReopened++;
          }
          if (rs.getObject("score") != null) {
            h.ratings.add(rs.getInt("score"));
          }
          var responded = rs.getObject("first_public_response_at", java.time.OffsetDateTime.class);
          if (responded != null) {
            var created = rs.getObject("created_at", java.time.OffsetDateTime.class);
            long seconds = Math.max(0, Duration.between(created, responded).toSeconds() - rs.getLong("first_response_wait_secs"));
            h.responses.add(seconds);
          }
        });
    return hand;
  }

  private static final class Hand {
    int cases;
    int ended;
    int resolvedNotReopened;
    final List<Integer> ratings = new ArrayList<>();
    final List<Long> responses = new ArrayList<>();
  }

  private static double mean(List<Integer> scores) {
    return Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow() * 10_000) / 10_000.0;
  }

  /** The median as the desk reports it: the nearest rank, in hours to four places. */
  private static double median(List<Long> seconds) {
    List<Long> sorted = seconds.stream().sorted().toList();
    long value = sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1);
    return Math.round(value / 3600.0 * 10_000) / 10_000.0;
  }
}
