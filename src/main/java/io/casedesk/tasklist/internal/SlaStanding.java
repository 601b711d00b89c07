package io.casedesk.tasklist.internal;

import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.sla.ClockState;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClockView;
import io.casedesk.tasklist.TaskCard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's SLA standing in words, in one language: the overall state (on time, at risk, breached,
 * paused), each clock with its time, and, once a clock ran out, which one and when.
 */
final class SlaStanding {

  enum State {
    ON_TIME,
    AT_RISK,
    BREACHED,
    PAUSED
  }

  private SlaStanding() {}

  static State state(List<SlaClockView> clocks) {
    if (clocks.stream().anyMatch(SlaClockView::breached)) {
      return State.BREACHED;
    }
    if (clocks.stream().anyMatch(c -> c.state() == ClockState.PAUSED)) {
      return State.PAUSED;
    }
    if (clocks.stream().anyMatch(c -> c.state().counting() && c.atRiskReachedAt() != null)) {
      return State.AT_RISK;
    }
    return State.ON_TIME;
  }

  /** The card's SLA variables; none for a case without clocks. */
  static Map<String, Object> variables(List<SlaClockView> clocks, SupportedLanguage language, DeskMessages messages) {
    Map<String, Object> variables = new HashMap<>();
    if (clocks.isEmpty()) {
      return variables;
    }
    variables.put(TaskCard.SLA, messages.text("sla." + state(clocks), language));
    for (SlaClockView clock : clocks) {
      variables.put(clock.clock() == SlaClock.FIRST_RESPONSE ? TaskCard.FIRST_RESPONSE : TaskCard.RESOLUTION, clock(clock, language, messages));
    }
    String breach = clocks.stream()
        .filter(SlaClockView::breached)
        .map(c -> messages.format("sla.breach", language, Map.of(
            "clock", messages.text("clock." + c.clock(), language), "at", DeskNames.time(c.breachedAt()), "due", DeskNames.time(c.due()))))
        .collect(Collectors.joining(" "));
    variables.put(TaskCard.SLA_BREACH, breach.isEmpty() ? null : breach);
    return variables;
  }

  private static String clock(SlaClockView clock, SupportedLanguage language, DeskMessages messages) {
    String key = clock.state() == ClockState.RUNNING && clock.atRiskReachedAt() != null ? "AT_RISK" : clock.state().name();
    return messages.format("clock." + key, language, Map.of(
        "due", DeskNames.time(clock.due()),
        "since", DeskNames.time(clock.state() == ClockState.PAUSED ? clock.pausedSince() : clock.atRiskReachedAt()),
        "at", DeskNames.time(clock.breached() ? clock.breachedAt() : clock.metAt())));
  }
}
