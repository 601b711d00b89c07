package io.casedesk.withdrawallimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casedesk.CaseDeskApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code mvn -Pwithdrawal-limit-month verify}: the simulated month of withdrawal-limit requests on a
 * fresh desk ({@link #onAFreshDesk}: the month drives the engine's clock and jobs itself). Prints
 * the figures and writes target/withdrawal-limit-month/report.json. Sizes: {@code -Dmonth.requests} (200), {@code -Dmonth.seed} (2026), {@code -Dmonth.start}
 * (2026-12-01T00:00:00Z), {@code -Dmonth.days} (31).
 */
public final class LimitMonthCommand {

  private LimitMonthCommand() {}

  public static void main(String[] args) throws Exception {
    LimitMonth.Plan plan = new LimitMonth.Plan(
        Instant.parse(System.getProperty("month.start", "2026-12-01T00:00:00Z")),
        Duration.ofDays(Long.getLong("month.days", 31)),
        Integer.getInteger("month.requests", 200),
        Long.getLong("month.seed", 2026));
    LimitMonth.MonthReport report = onAFreshDesk(plan, "withdrawalLimitMonth");
    System.out.println();
    System.out.println(report.table());
    if (Boolean.getBoolean("month.details")) {
      report.requests().forEach(r -> System.out.println(r.at() + " " + r.uid() + " " + r.tier() + " " + r.kind() + " " + r.current() + " -> "
          + r.asked() + ": " + r.decision() + " " + r.reason() + " " + r.outcome()));
    }
    Path out = Path.of("target/withdrawal-limit-month");
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.json"),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.figures()));
    if (report.automationRate() < 0.85 || !report.unsafeAutomaticApprovals().isEmpty()) {
      throw new IllegalStateException("The month missed its mark: " + report.figures());
    }
  }

  /**
   * Starts a desk of its own (demo data in a fresh in-memory database, job executor off, no Camunda
   * webapp: its filters bind statically to the last context that starts them), runs the month on it
   * and stops it. Nothing another test or an earlier run left behind can change the figures.
   */
  public static LimitMonth.MonthReport onAFreshDesk(LimitMonth.Plan plan, String name) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseDeskApplication.class).profiles("demo")
        .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
            "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=" + name,
            "--casedesk.rehearsal.demo-day.enabled=false",
            "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR")) {
      ClockUtil.setCurrentTime(java.util.Date.from(plan.start()));
      try {
        return new LimitMonth(app).run(plan);
      } finally {
        ClockUtil.reset();
      }
    }
  }
}
