package io.casedesk.kpi;

import static io.casedesk.kpi.KpiCases.UID_A;
import static io.casedesk.kpi.KpiCases.UID_B;
import static io.casedesk.kpi.KpiCases.UID_C;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The KPIs of a crafted set of seven cases, against a count by hand. The set is alone in its week
 * (2031-03-03 to 2031-03-10, far from the other tests' clocks), so the figures are its own:
 *
 * <pre>
 * case  type     lang channel        tier      what happens                                           first response (calendar / excl. wait)
 * A     deposit  en   WEB_FORM       STANDARD  resolved by the chain, no person                       - (automated)
 * B     KYC      en   EMAIL_TICKET   STANDARD  claimed at 1 h (no response), approved at 3 h; CSAT 5   3 h / 3 h
 * C     KYC      zh   EMAIL_TICKET   STANDARD  no documents: asked, the customer sends them at 10 h,   12 h / 2 h
 *                                              approved at 12 h; CSAT 3
 * D     KYC      ru   VIP_CONCIERGE  VIP       approved at 1 h; the customer replies 2 days later:     1 h / 1 h
 *                                              reopened, answered and resolved again at 50 h
 * E     KYC      es   EMAIL_TICKET   STANDARD  rejected at 5 h                                        5 h / 5 h
 * F     KYC      tr   EMAIL_TICKET   STANDARD  no documents, the customer never answers: still open   -
 * G     KYC      vi   EMAIL_TICKET   VIP       nobody responds within 2 h (breached), approved at 3 h  3 h / 3 h
 * </pre>
 */
@CaseDeskTest
@TestClock("2031-03-03T08:00:00Z")
class KpiFiguresTests {

  static final String WINDOW = "from=2031-03-03&to=2031-03-09";

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;
  @Autowired TestCases testCases;

  KpiCases cases;

  @BeforeEach
  void cases() {
    cases = new KpiCases(api, engine, taskService, rest).owning(testCases::own);
  }

  @Test
  void theFiguresOfTheCraftedWeekMatchTheHandCount() {
    String a = cases.automatedDeposit(UID_A);
    String b = cases.kyc(UID_A, "en", "EMAIL_TICKET", "STANDARD", true);
    String c = cases.kyc(UID_B, "zh-CN", "EMAIL_TICKET", "STANDARD", false);
    String d = cases.kyc(UID_C, "ru", "VIP_CONCIERGE", "VIP", true);
    String e = cases.kyc(UID_B, "es", "EMAIL_TICKET", "STANDARD", true);
    String f = cases.kyc(UID_C, "tr", "EMAIL_TICKET", "STANDARD", false);
    String g = cases.kyc(UID_A, "vi", "EMAIL_TICKET", "VIP", true);

    engine.advance(Duration.ofHours(1));              // 1 h
    cases.claim(b, "agentEn");
    cases.approve(d, "vip1");
    engine.advance(Duration.ofHours(2));              // 3 h: G's first-response clock (2 h) ran out at 2 h
    cases.approve(b, "agentEn");
    cases.approve(g, "vip1");
    engine.advance(Duration.ofHours(2));              // 5 h
    cases.reject(e, "agentEs");
    engine.advance(Duration.ofHours(5));              // 10 h
    assertThat(cases.replyWithDocuments(c).getStatusCode().value()).isEqualTo(200);
    engine.advance(Duration.ofHours(2));              // 12 h
    cases.approve(c, "agentZh");
    assertThat(cases.csat(b, Map.of("score", 5)).getStatusCode().value()).isEqualTo(201);
    assertThat(cases.csat(c, Map.of("score", 3, "comment", "Took a while")).getStatusCode().value()).isEqualTo(201);
    engine.advance(Duration.ofHours(37));             // 49 h: two days after D's resolution
    JsonNode reopened = cases.reply(d, "The limit still shows the old value.").getBody();
    assertThat(reopened.get("status").asText()).as("open again, with its queue").isEqualTo("IN_REVIEW");
    assertThat(reopened.get("reopens").asInt()).isEqualTo(1);
    engine.advance(Duration.ofHours(1));              // 50 h
    cases.answer(d, "vip1", "The new limit is active now; please log in again.");
    assertThat(api.view(d).get("status").asText()).isEqualTo("RESOLVED");

    JsonNode all = cases.kpis("supervisor1", WINDOW).getBody();
    JsonNode k = all.get("overall");
    assertThat(k.get("cases").asInt()).isEqualTo(7);
    assertThat(k.get("ended").asInt()).isEqualTo(6);
    // First response by a person: B 3, C 12 (2 without the customer's 10 h), D 1, E 5, G 3; A automated, F none.
    assertThat(k.at("/firstResponse/measured").asInt()).isEqualTo(5);
    assertHours(k.at("/firstResponse/calendar"), 3.0, 12.0, 4.8);
    assertHours(k.at("/firstResponse/excludingCustomerWait"), 3.0, 5.0, 2.8);
    assertThat(k.at("/firstResponse/targetHours").asDouble()).isEqualTo(3.5);
    assertThat(k.at("/firstResponse/gapHours").asDouble()).isEqualTo(-0.5);
    assertThat(k.at("/firstResponse/met").asBoolean()).isTrue();
    // VIP (D 1 h, G 3 h) at p90 against 2 h.
    assertHours(k.at("/vipFirstResponse/excludingCustomerWait"), 1.0, 3.0, 2.0);
    assertThat(k.at("/vipFirstResponse/gapHours").asDouble()).isEqualTo(1.0);
    assertThat(k.at("/vipFirstResponse/met").asBoolean()).isFalse();
    assertRate(k.get("automated"), 1, 6);
    // Resolution success: A, B, C, E, G; D was reopened.
    assertRate(k.get("resolutionSuccess"), 5, 6);
    assertThat(k.at("/resolutionSuccess/target").asDouble()).isEqualTo(0.94);
    assertThat(k.at("/resolutionSuccess/gap").asDouble()).isEqualTo(-0.1067);
    // One-touch among the cases a person resolved (B, C, D, E, G): all but D.
    assertRate(k.get("oneTouch"), 4, 5);
    // First contact: not C (asked for documents), not D (reopened).
    assertRate(k.get("firstContactResolution"), 4, 6);
    assertThat(k.at("/csat/responses").asInt()).isEqualTo(2);
    assertThat(k.at("/csat/mean").asDouble()).isEqualTo(4.0);
    assertThat(k.at("/csat/satisfiedShare").asDouble()).isEqualTo(0.5);
    assertThat(k.at("/csat/gap").asDouble()).isEqualTo(-0.5);
    assertThat(sla(k, "FIRST_RESPONSE", "STANDARD")).isEqualTo("3/3");
    assertThat(sla(k, "FIRST_RESPONSE", "VIP")).isEqualTo("1/2");
    assertThat(sla(k, "RESOLUTION", "STANDARD")).isEqualTo("4/4");
    assertThat(sla(k, "RESOLUTION", "VIP")).isEqualTo("2/2");
    assertRate(k.get("breached"), 1, 7);
    assertThat(k.at("/automationByType/0/caseType").asText()).isEqualTo("DEPOSIT_TRACE");
    assertRate(k.at("/automationByType/0/rate"), 1, 1);
    assertRate(k.at("/automationByType/1/rate"), 0, 5);
    // KYC within 48 h: B, C, E, G; D was resolved again at 50 h.
    assertRate(k.get("kycWithin48h"), 4, 5);
    assertThat(k.at("/backlog/0/queue").asText()).isEqualTo("kyc");
    assertThat(k.at("/backlog/0/under72h").asInt()).isEqualTo(1);
    assertThat(k.get("backlog")).hasSize(1);

    JsonNode byLanguage = cases.kpis("compliance1", WINDOW + "&groupBy=language").getBody().get("groups");
    assertThat(byLanguage).hasSize(6);
    JsonNode en = byLanguage.get(0);
    assertThat(en.at("/key/language").asText()).isEqualTo("en");
    assertThat(en.at("/figures/cases").asInt()).isEqualTo(2);
    assertRate(en.at("/figures/automated"), 1, 2);
    assertThat(en.at("/figures/firstResponse/calendar/p50").asDouble()).isEqualTo(3.0);
    assertThat(en.at("/figures/csat/mean").asDouble()).isEqualTo(5.0);

    JsonNode byWeekAndChannel = cases.kpis("admin", WINDOW + "&groupBy=week,channel").getBody().get("groups");
    assertThat(byWeekAndChannel).extracting(group -> group.at("/key/week").asText() + " " + group.at("/key/channel").asText())
        .containsExactly("2031-W10 EMAIL_TICKET", "2031-W10 VIP_CONCIERGE", "2031-W10 WEB_FORM");
    assertThat(byWeekAndChannel.get(0).at("/figures/cases").asInt()).isEqualTo(5);
  }

  @Test
  void kpisAreForSupervisorsComplianceAndAdminsAndCheckTheirParameters() {
    assertThat(cases.kpis("agentEn", WINDOW).getStatusCode().value()).isEqualTo(403);
    assertThat(cases.kpis("intake", WINDOW).getStatusCode().value()).isEqualTo(403);
    assertThat(cases.kpis("-", WINDOW).getStatusCode().value()).isEqualTo(401);
    var bad = cases.kpis("supervisor1", "from=yesterday&to=2031-03-01&groupBy=week,colour");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().get("errors")).extracting(error -> error.get("field").asText()).containsExactlyInAnyOrder("from", "groupBy");
    assertThat(cases.kpis("supervisor1", "from=2031-03-09&to=2031-03-03").getStatusCode().value()).isEqualTo(400);
  }

  private static void assertHours(JsonNode hours, double p50, double p90, double mean) {
    assertThat(hours.get("p50").asDouble()).as("p50").isEqualTo(p50);
    assertThat(hours.get("p90").asDouble()).as("p90").isEqualTo(p90);
    assertThat(hours.get("mean").asDouble()).as("mean").isEqualTo(mean);
  }

  private static void assertRate(JsonNode rate, int count, int of) {
    assertThat(rate.get("count").asInt() + "/" + rate.get("of").asInt()).isEqualTo(count + "/" + of);
    assertThat(rate.get("value").asDouble()).isEqualTo(Math.round(10_000.0 * count / of) / 10_000.0);
  }

  private static String sla(JsonNode figures, String clock, String tier) {
    for (JsonNode row : figures.get("slaAttainment")) {
      if (row.get("clock").asText().equals(clock) && row.get("tier").asText().equals(tier)) {
        return row.at("/rate/count").asInt() + "/" + row.at("/rate/of").asInt();
      }
    }
    return "none";
  }
}
