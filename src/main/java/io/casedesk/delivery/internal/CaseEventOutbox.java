package io.casedesk.delivery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseEvent;
import io.casedesk.delivery.OutgoingCaseEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case events for the exchange's back end: each {@link CaseEvent} of a selected type becomes a row,
 * in the transaction of the change that caused it, numbered per case. The number comes from the
 * case's row in {@code cd_case_event_sequence}, which the update locks until the transaction ends,
 * so events of one case are numbered in the order their changes commit.
 */
@Component
class CaseEventOutbox {

  /** An event is claimable only once every earlier event of its case was delivered. */
  static final String IN_ORDER = " and not exists (select 1 from cd_case_event p where p.case_number = t.case_number"
      + " and p.sequence_number < t.sequence_number and p.status <> 'SENT')";

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final DeliveryProperties properties;

  CaseEventOutbox(JdbcClient jdbc, ObjectMapper json, DeliveryProperties properties) {
    this.jdbc = jdbc;
    this.json = json;
    this.properties = properties;
  }

  @EventListener
  void on(CaseEvent event) {
    if (!properties.getEvents().wanted(event.type())) {
      return;
    }
    long sequence = nextSequence(event.caseNumber());
    String eventId = UUID.randomUUID().toString();
    jdbc.sql("""
            insert into cd_case_event (event_id, case_number, sequence_number, event_type, payload, status, next_attempt_at, created_at)
            values (:eventId, :n, :seq, :type, :payload, 'PENDING', :at, :at)
            """)
        .param("eventId", eventId)
        .param("n", event.caseNumber())
        .param("seq", sequence)
        .param("type", event.type())
        .param("payload", payload(eventId, sequence, event))
        .param("at", OutboxTable.utc(event.occurredAt()))
        .update();
  }

  private long nextSequence(String caseNumber) {
    int updated = jdbc.sql("update cd_case_event_sequence set last_number = last_number + 1 where case_number = :n")
        .param("n", caseNumber)
        .update();
    if (updated == 0) {
      jdbc.sql("insert into cd_case_event_sequence (case_number, last_number) values (:n, 1)").param("n", caseNumber).update();
      return 1;
    }
    return jdbc.sql("select last_number from cd_case_event_sequence where case_number = :n").param("n", caseNumber).query(Long.class).single();
  }

  /** The webhook's body, as documented in the webhooks' OpenAPI description. */
  private String payload(String eventId, long sequence, CaseEvent event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", eventId);
    body.put("type", event.type());
    body.put("sequence", sequence);
    body.put("occurredAt", event.occurredAt().toString());
    body.put("caseNumber", event.caseNumber());
    body.put("caseType", event.caseType());
    body.put("customerUid", event.customerUid());
    body.put("status", event.status().name());
    if (event.previousStatus() != null) {
      body.put("previousStatus", event.previousStatus().name());
    }
    body.put("data", event.data());
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Optional<OutgoingCaseEvent> find(long id) {
    return jdbc.sql("select * from cd_case_event where id = :id").param("id", id).query(CaseEventOutbox::map).optional();
  }

  List<OutgoingCaseEvent> forCase(String caseNumber) {
    return jdbc.sql("select * from cd_case_event where case_number = :n order by sequence_number")
        .param("n", caseNumber)
        .query(CaseEventOutbox::map)
        .list();
  }

  List<OutgoingCaseEvent> withStatus(String status, int limit) {
    return jdbc.sql("select * from cd_case_event where status = :status order by id limit :limit")
        .param("status", status)
        .param("limit", limit)
        .query(CaseEventOutbox::map)
        .list();
  }

  private static OutgoingCaseEvent map(ResultSet rs, int row) throws SQLException {
    return new OutgoingCaseEvent(
        rs.getLong("id"), rs.getString("event_id"), rs.getString("case_number"), rs.getLong("sequence_number"),
        rs.getString("event_type"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
        OutboxTable.instant(rs, "created_at"), OutboxTable.instant(rs, "next_attempt_at"), OutboxTable.instant(rs, "sent_at"),
        rs.getString("provider_id"), rs.getString("failure_reason"));
  }
}
