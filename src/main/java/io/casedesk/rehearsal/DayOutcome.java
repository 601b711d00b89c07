package io.casedesk.rehearsal;

import io.casedesk.kpi.KpiReport;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One rehearsed day: its volume and staffing, the KPIs of its cases by language, by queue and language, and by case type (the
 * desk's own figures, as {@code GET /api/kpis} gives them), and what the simulation itself saw: the
 * cases it opened (case number to its language, channel and tier), the ratings its customers gave,
 * the cases they wrote to again, and anything the desk refused.
 */
public record DayOutcome(
    double volume,
    Staffing staffing,
    Instant dayStart,
    Instant endedAt,
    int planned,
    Map<String, String> opened,
    KpiReport byLanguage,
    KpiReport byQueue,
    KpiReport byType,
    Map<String, Integer> ratings,
    Set<String> wroteAgain,
    Map<String, Integer> refused,
    int tasksWorked,
    int jobFailures) {

  /**
   * First response at or under its target in every language, VIP first response under two hours, and
   * no case of the day still open when the rehearsal stopped (a queue nobody works measures no response).
   */
  public boolean meetsTargets() {
    boolean languages = byLanguage.groups().stream().noneMatch(g -> missed(g.figures()));
    return languages && !Boolean.FALSE.equals(byLanguage.overall().vipFirstResponse().met());
  }

  /** The first response of these cases is over its target, or some of them never ended. */
  public static boolean missed(KpiReport.Figures figures) {
    return Boolean.FALSE.equals(figures.firstResponse().met()) || figures.ended() < figures.cases();
  }
}
