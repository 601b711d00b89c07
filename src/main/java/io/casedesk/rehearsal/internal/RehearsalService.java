package io.casedesk.rehearsal.internal;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.kpi.KpiReport;
import io.casedesk.kpi.Kpis;
import io.casedesk.rehearsal.DayOutcome;
import io.casedesk.rehearsal.Rehearsal;
import io.casedesk.rehearsal.RehearsalSettings;
import io.casedesk.rehearsal.Staffing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Plans the day, plays it, and reads the desk's own KPIs of the day's cases. */
@Service
class RehearsalService implements Rehearsal {

  private final DaySimulation simulation;
  private final Kpis kpis;
  private final RehearsalSettings settings;
  private final CaseRegistry registry;

  RehearsalService(DaySimulation simulation, Kpis kpis, RehearsalSettings settings, CaseRegistry registry) {
    this.registry = registry;
    this.simulation = simulation;
    this.kpis = kpis;
    this.settings = settings;
  }

  @Override
  public DayOutcome play(long seed, double volume, int casesAt1x, Staffing staffing, Instant dayStart, Instant stopAt) {
    DayPlan plan = DayPlan.of(settings, seed, volume, casesAt1x, dayStart);
    DaySimulation.Journal journal = simulation.play(plan, staffing, stopAt);
    KpiReport byLanguage = kpis.report(plan.dayStart(), plan.dayEnd(), List.of("language"));
    // By queue and language: a language-bound queue (kyc, support) is the language's agents' work.
    KpiReport byQueue = kpis.report(plan.dayStart(), plan.dayEnd(), List.of("queue", "language"));
    KpiReport byType = kpis.report(plan.dayStart(), plan.dayEnd(), List.of("caseType"));
    Map<String, String> opened = new TreeMap<>();
    journal.cases().forEach((caseNumber, planned) -> opened.put(caseNumber, String.join(" ", planned.language().tag(),
        planned.channel().name(), planned.tier().name(), planned.caseType(), registry.find(caseNumber).orElseThrow().status().name())));
    return new DayOutcome(volume, staffing, plan.dayStart(), journal.endedAt(), plan.cases().size(), opened, byLanguage, byQueue, byType,
        journal.ratings(), journal.wroteAgain(), journal.refused(), journal.tasksWorked(), journal.jobFailures());
  }
}
