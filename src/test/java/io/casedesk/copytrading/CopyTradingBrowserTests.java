package io.casedesk.copytrading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TasklistBrowser;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trading-desk agent reviews a copy-trading dispute in Tasklist, in a real headless Chromium: the
 * form shows the reconciliation of the demo follower 10000010 as a table (form-js's table component),
 * order by order with the numbers, and confirming the finding compensates the platform faults.
 */
@CaseDeskTest
@TestClock("2026-11-24T12:00:00Z")
class CopyTradingBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired JdbcClient jdbc;

  TasklistBrowser tasklist;

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  void aTradingDeskAgentChecksTheReconciliationTableAndConfirmsTheFinding() {
    ObjectNode request = CopyTradingRequests.dispute(api.json(), "10000010", "alphawhale", "en", "UNEXPECTED_LOSS");
    String caseNumber = api.openCase(request);
    engine.runDueJobs();
    BigDecimal balance = usdt("10000010");

    tasklist = new TasklistBrowser(port, "en-US", getClass().getSimpleName());
    try {
      tasklist.step("login", () -> tasklist.logIn("trader1", CaseApi.DEMO_PASSWORD));
      tasklist.step("queue", () -> tasklist.openTask("Trading desk", caseNumber, "Review copy-trading finding"));
      tasklist.step("claim", tasklist::claim);
      tasklist.step("table", () -> {
        WebElement table = tasklist.shown(By.cssSelector(".fjs-form table.fjs-table"));
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(th -> th.getText().trim()).toList())
            .containsExactly("Order", "Pair, side, quantity", "Lead price", "Fill price", "Slippage", "Cap", "Verdict", "Whose fault", "Compensation");
        var rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("LO-88120 / CPY-0001", "91250.5", "0.3 %", "not placed", "39.12 USDT");
        assertThat(rows.get(1).getText()).contains("3138.9", "0.593 %", "filled beyond the slippage limit", "13.71 USDT");
        assertThat(rows.get(2).getText()).contains("copied correctly", "the lead trader's trading");
        tasklist.choose("Confirm the finding (platform faults are compensated)");
      });
      tasklist.step("complete", tasklist::complete);
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
}
