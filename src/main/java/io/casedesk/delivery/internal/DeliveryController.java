package io.casedesk.delivery.internal;

import io.casedesk.delivery.Delivery;
import io.casedesk.delivery.OutgoingCaseEvent;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationOutbox;
import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors watch delivery: the notifications and case events in a status (the FAILED ones, with
 * their reason), each with its attempts, and a retry of a FAILED one, which the relay then sends at
 * its next run with a fresh set of attempts.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Delivery", description = "Notifications and case events: their delivery, and a retry of a failed one (supervisors)")
class DeliveryController {

  private static final int MAX_LIST = 500;

  private final NotificationOutbox notifications;
  private final CaseEventOutbox events;
  private final OutboxTable notificationTable;
  private final OutboxTable eventTable;
  private final Clock clock;

  DeliveryController(NotificationOutbox notifications, CaseEventOutbox events, JdbcClient jdbc, Clock clock) {
    this.notifications = notifications;
    this.events = events;
    this.notificationTable = OutboxRelay.notificationTable(jdbc);
    this.eventTable = OutboxRelay.eventTable(jdbc);
    this.clock = clock;
  }

  /** Only a FAILED row can be retried: 409. */
  static class NotFailed extends ClientProblem {
    NotFailed(String what, long id, String status) {
      super(HttpStatus.CONFLICT, "not-failed", "Not failed", what + " " + id + " is " + status + "; only a FAILED one can be retried.");
    }
  }

  /** No such notification or event: 404. */
  static class UnknownItem extends ClientProblem {
    UnknownItem(String what, long id) {
      super(HttpStatus.NOT_FOUND, "unknown-" + what.toLowerCase().replace(' ', '-'), "Unknown " + what, "There is no " + what + " " + id + ".");
    }
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "Notifications in a delivery status, oldest first (FAILED unless another status is asked for)")
  List<Notification> notifications(
      @Parameter(schema = @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED"})) @RequestParam(defaultValue = "FAILED") String status,
      @RequestParam(defaultValue = "100") int limit) {
    return notifications.withStatus(status(status), limit(limit));
  }

  @GetMapping("/api/notifications/{id}")
  @Operation(summary = "A notification with every delivery attempt")
  Delivery<Notification> notification(@PathVariable long id) {
    return new Delivery<>(notifications.find(id).orElseThrow(() -> new UnknownItem("notification", id)), notificationTable.attempts(id));
  }

  @PostMapping("/api/notifications/{id}/retry")
  @Operation(summary = "Send a FAILED notification again", description = "Due at once, with a fresh set of attempts; 409 unless it is FAILED.")
  @ApiResponse(responseCode = "200", description = "Due again at once; with its attempts so far")
  @ApiResponse(responseCode = "409", description = "It is not FAILED; nothing changed")
  Delivery<Notification> retryNotification(@PathVariable long id) {
    Notification n = notifications.find(id).orElseThrow(() -> new UnknownItem("notification", id));
    if (!notificationTable.retry(id, clock.instant())) {
      throw new NotFailed("Notification", id, n.status());
    }
    return notification(id);
  }

  @GetMapping("/api/case-events")
  @Operation(summary = "Case events in a delivery status (FAILED unless another is asked for), or every event of one case in order")
  List<OutgoingCaseEvent> caseEvents(
      @Parameter(schema = @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED"})) @RequestParam(defaultValue = "FAILED") String status,
      @RequestParam Optional<String> caseNumber,
      @RequestParam(defaultValue = "100") int limit) {
    if (caseNumber.isPresent()) {
      return events.forCase(caseNumber.get());
    }
    return events.withStatus(status(status), limit(limit));
  }

  @GetMapping("/api/case-events/{id}")
  @Operation(summary = "A case event with every delivery attempt")
  Delivery<OutgoingCaseEvent> caseEvent(@PathVariable long id) {
    return new Delivery<>(events.find(id).orElseThrow(() -> new UnknownItem("case event", id)), eventTable.attempts(id));
  }

  @PostMapping("/api/case-events/{id}/retry")
  @Operation(summary = "Send a FAILED case event again",
      description = "Later events of the case wait for it, so they follow once it is delivered; 409 unless it is FAILED.")
  @ApiResponse(responseCode = "200", description = "Due again at once; with its attempts so far")
  @ApiResponse(responseCode = "409", description = "It is not FAILED; nothing changed")
  Delivery<OutgoingCaseEvent> retryCaseEvent(@PathVariable long id) {
    OutgoingCaseEvent event = events.find(id).orElseThrow(() -> new UnknownItem("case event", id));
    if (!eventTable.retry(id, clock.instant())) {
      throw new NotFailed("Case event", id, event.status());
    }
    return caseEvent(id);
  }

  private static String status(String status) {
    if (!OutboxTable.STATUSES.contains(status)) {
      throw new InvalidRequestException("status", "must be one of " + OutboxTable.STATUSES);
    }
    return status;
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIST);
    }
    return limit;
  }
}
