package io.casedesk.kpi.internal;

import io.casedesk.cases.CaseEvent;
import io.casedesk.cases.CaseStatus;
import io.casedesk.notification.NotificationOutbox;
import io.casedesk.platform.EveryUserTaskListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records, per case, what the support KPIs need and nothing else does (table {@code cd_kpi_case}), in
 * the transaction of the step:
 *
 * <ul>
 *   <li>every human step: a user task completed, by whoever and through whichever API;
 *   <li>public responses by a person: a message to the customer written after a person completed a
 *       step (the decision, the question or the answer that message carries). The first is the case's
 *       first response. A claim is no response, and a message no person's step preceded (an
 *       acknowledgement, an automatic request for documents, a reminder) is an automatic one;
 *   <li>the customer's turns: how often the desk asked the customer (the case waited for them) and
 *       for how long, so that first response can be reported without the time the customer had the
 *       turn (requester wait).
 * </ul>
 */
@Component
@Order(EveryUserTaskListener.LOCALIZATION + 100)
class ResponseRecorder implements EveryUserTaskListener {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final KpiMetrics metrics;

  ResponseRecorder(JdbcClient jdbc, Clock clock, KpiMetrics metrics) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.metrics = metrics;
  }

  @EventListener
  void on(CaseEvent event) {
    if (CaseEvent.OPENED.equals(event.type())) {
      jdbc.sql("insert into cd_kpi_case (case_number) values (:n)").param("n", event.caseNumber()).update();
      return;
    }
    if (CaseEvent.RESOLVED.equals(event.type()) || CaseEvent.REJECTED.equals(event.type()) || CaseEvent.CLOSED.equals(event.type())) {
      caseRow(event.caseNumber()).ifPresent(c -> metrics.resolution(c.tier(), Duration.between(c.createdAt(), event.occurredAt())));
      return;
    }
    if (!CaseEvent.STATUS_CHANGED.equals(event.type())) {
      return;
    }
    if (event.status() == CaseStatus.WAITING_FOR_CUSTOMER) {
      jdbc.sql("update cd_kpi_case set customer_asks = customer_asks + 1, waiting_since = :now where case_number = :n and waiting_since is null")
          .param("now", utc(clock.instant()))
          .param("n", event.caseNumber())
          .update();
    } else if (event.previousStatus() == CaseStatus.WAITING_FOR_CUSTOMER) {
      endWait(event.caseNumber(), clock.instant());
    }
  }

  /** The customer's turn is over (they replied, or the case closed): its time adds to the requester wait. */
  private void endWait(String caseNumber, Instant now) {
    Long since = jdbc.sql("select waiting_since from cd_kpi_case where case_number = :n")
        .param("n", caseNumber)
        .query((rs, i) -> {
          OffsetDateTime at = rs.getObject("waiting_since", OffsetDateTime.class);
          return at == null ? null : at.toInstant().getEpochSecond();
        })
        .optional().orElse(null);
    if (since == null) {
      return;
    }
    jdbc.sql("update cd_kpi_case set customer_wait_secs = customer_wait_secs + :secs, waiting_since = null where case_number = :n")
        .param("secs", Math.max(0, now.getEpochSecond() - since))
        .param("n", caseNumber)
        .update();
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName()) || task.getExecution() == null) {
      return;
    }
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (caseNumber != null) {
      jdbc.sql("update cd_kpi_case set human_steps = human_steps + 1, response_pending = true where case_number = :n")
          .param("n", caseNumber)
          .update();
    }
  }

  /** A message to the customer: a public response by a person if a person's step came before it since the last one. */
  @EventListener
  void on(NotificationOutbox.Written written) {
    OffsetDateTime at = utc(written.at());
    int responded = jdbc.sql(
            """
            update cd_kpi_case set public_responses = public_responses + 1, response_pending = false,
              first_response_wait_secs = case when first_public_response_at is null then customer_wait_secs else first_response_wait_secs end,
              first_public_response_at = coalesce(first_public_response_at, :at)
            where case_number = :n and response_pending = true
            """)
        .param("at", at)
        .param("n", written.caseNumber())
        .update();
    if (responded == 1) {
      caseRow(written.caseNumber())
          .filter(c -> c.publicResponses() == 1)
          .ifPresent(c -> metrics.firstResponse(c.tier(), Duration.between(c.createdAt(), written.at())));
    }
  }

  private record CaseRow(String tier, Instant createdAt, int publicResponses) {}

  private java.util.Optional<CaseRow> caseRow(String caseNumber) {
    return jdbc.sql("select c.tier, c.created_at, k.public_responses from cd_case c left join cd_kpi_case k on k.case_number = c.case_number where c.case_number = :n")
        .param("n", caseNumber)
        .query((rs, i) -> new CaseRow(rs.getString("tier"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("public_responses")))
        .optional();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
