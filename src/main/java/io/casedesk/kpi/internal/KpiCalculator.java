package io.casedesk.kpi.internal;

import io.casedesk.kpi.KpiReport.Backlog;
import io.casedesk.kpi.KpiReport.Figures;
import io.casedesk.kpi.KpiReport.FirstResponse;
import io.casedesk.kpi.KpiReport.Hours;
import io.casedesk.kpi.KpiReport.Rate;
import io.casedesk.kpi.KpiReport.SlaAttainment;
import io.casedesk.kpi.KpiReport.TypeRate;
import io.casedesk.kpi.KpiReport;
import io.casedesk.kpi.KpiSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of a set of cases, by the definitions in the README ("Support KPIs"). Pure: the same
 * facts give the same figures, whichever node or run computes them.
 */
final class KpiCalculator {

  private static final List<String> CLOCKS = List.of("FIRST_RESPONSE", "RESOLUTION");
  private static final List<String> TIERS = List.of("STANDARD", "VIP", "INSTITUTIONAL");
  private static final Duration KYC_WINDOW = Duration.ofHours(48);

  private final KpiSettings.Targets targets;

  KpiCalculator(KpiSettings.Targets targets) {
    this.targets = targets;
  }

  KpiReport report(List<CaseFact> facts, Instant from, Instant to, List<String> groupBy, Instant now) {
    List<KpiReport.Group> groups = new ArrayList<>();
    if (!groupBy.isEmpty()) {
      Map<List<String>, List<CaseFact>> byKey = new TreeMap<>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
      for (CaseFact fact : facts) {
        byKey.computeIfAbsent(groupBy.stream().map(fact::value).toList(), k -> new ArrayList<>()).add(fact);
      }
      byKey.forEach((values, members) -> {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < groupBy.size(); i++) {
          key.put(groupBy.get(i), values.get(i));
        }
        groups.add(new KpiReport.Group(key, figures(members, now)));
      });
    }
    return new KpiReport(from, to, groupBy, figures(facts, now), groups);
  }

  Figures figures(List<CaseFact> facts, Instant now) {
    List<CaseFact> ended = facts.stream().filter(CaseFact::ended).toList();
    List<CaseFact> resolved = facts.stream().filter(CaseFact::resolved).toList();
    List<CaseFact> kyc = ended.stream().filter(f -> f.caseType().equals(CaseFact.KYC)).toList();
    return new Figures(
        facts.size(),
        ended.size(),
        firstResponse(facts, targets.getFirstResponse(), "p50"),
        firstResponse(facts.stream().filter(CaseFact::vip).toList(), targets.getVipFirstResponse(), "p90"),
        rate(ended, CaseFact::automated, null, true),
        rate(ended, f -> f.resolved() && f.reopens() == 0, targets.getResolutionSuccess(), true),
        rate(resolved.stream().filter(f -> f.humanSteps() > 0).toList(), f -> f.publicResponses() <= 1 && f.reopens() == 0, null, true),
        rate(resolved, f -> f.customerAsks() == 0 && f.reopens() == 0, null, true),
        csat(facts),
        slaAttainment(facts),
        rate(facts, CaseFact::breached, round(1 - targets.getSlaAttainment()), false),
        automationByType(ended),
        rate(kyc, f -> f.resolved() && Duration.between(f.createdAt(), f.resolvedAt()).compareTo(KYC_WINDOW) <= 0,
            targets.getKycWithin48h(), true),
        backlog(facts, now));
  }

  private FirstResponse firstResponse(List<CaseFact> facts, Duration target, String comparedAt) {
    List<Duration> calendar = facts.stream().map(CaseFact::firstResponseCalendar).filter(Objects::nonNull).toList();
    List<Duration> excluding = facts.stream().map(CaseFact::firstResponseExcludingWait).filter(Objects::nonNull).toList();
    Hours excludingHours = hours(excluding);
    double targetHours = round(target.toSeconds() / 3600.0);
    Double compared = comparedAt.equals("p90") ? excludingHours.p90() : excludingHours.p50();
    return new FirstResponse(calendar.size(), hours(calendar), excludingHours, targetHours, comparedAt,
        compared == null ? null : round(compared - targetHours), compared == null ? null : compared <= targetHours);
  }

  static Hours hours(List<Duration> durations) {
    if (durations.isEmpty()) {
      return new Hours(null, null, null);
    }
    List<Long> seconds = durations.stream().map(Duration::toSeconds).sorted().toList();
    double mean = seconds.stream().mapToLong(Long::longValue).average().orElse(0);
    return new Hours(round(percentile(seconds, 0.5) / 3600.0), round(percentile(seconds, 0.9) / 3600.0), round(mean / 3600.0));
  }

  /** Nearest rank: the smallest value with at least q of all values at or below it. */
  static long percentile(List<Long> sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static Rate rate(List<CaseFact> of, Predicate<CaseFact> counts, Double target, boolean higherIsBetter) {
    int count = (int) of.stream().filter(counts).count();
    Double value = of.isEmpty() ? null : round((double) count / of.size());
    Double gap = value == null || target == null ? null : round(value - target);
    Boolean met = value == null || target == null ? null : higherIsBetter ? value >= target : value <= target;
    return new Rate(count, of.size(), value, target, gap, met);
  }

  private KpiReport.Satisfaction csat(List<CaseFact> facts) {
    List<Integer> scores = facts.stream().map(CaseFact::csat).filter(Objects::nonNull).toList();
    if (scores.isEmpty()) {
      return new KpiReport.Satisfaction(0, null, null, targets.getCsat(), null, null);
    }
    double mean = round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
    double satisfied = round(scores.stream().filter(s -> s >= 4).count() / (double) scores.size());
    return new KpiReport.Satisfaction(scores.size(), mean, satisfied, targets.getCsat(), round(mean - targets.getCsat()), mean >= targets.getCsat());
  }

  private List<SlaAttainment> slaAttainment(List<CaseFact> facts) {
    List<SlaAttainment> rows = new ArrayList<>();
    for (String clock : CLOCKS) {
      for (String tier : TIERS) {
        List<String> decided = facts.stream().filter(f -> f.tier().equals(tier))
            .map(f -> clock.equals("FIRST_RESPONSE") ? f.firstResponseClock() : f.resolutionClock())
            .filter(state -> "MET".equals(state) || "BREACHED".equals(state)).toList();
        if (decided.isEmpty()) {
          continue;
        }
        int met = (int) decided.stream().filter("MET"::equals).count();
        double value = round((double) met / decided.size());
        rows.add(new SlaAttainment(clock, tier, new Rate(met, decided.size(), value, targets.getSlaAttainment(),
            round(value - targets.getSlaAttainment()), value >= targets.getSlaAttainment())));
      }
    }
    return rows;
  }

  private static List<TypeRate> automationByType(List<CaseFact> ended) {
    return ended.stream().collect(Collectors.groupingBy(CaseFact::caseType, TreeMap::new, Collectors.toList()))
        .entrySet().stream()
        .map(e -> new TypeRate(e.getKey(), rate(e.getValue(), CaseFact::automated, null, true)))
        .toList();
  }

  private static List<Backlog> backlog(List<CaseFact> facts, Instant now) {
    Map<String, int[]> byQueue = new TreeMap<>();
    for (CaseFact f : facts) {
      if (f.ended()) {
        continue;
      }
      long hours = Duration.between(f.createdAt(), now).toHours();
      int bucket = hours < 4 ? 0 : hours < 24 ? 1 : hours < 72 ? 2 : 3;
      byQueue.computeIfAbsent(f.queue(), q -> new int[4])[bucket]++;
    }
    return byQueue.entrySet().stream().map(e -> new Backlog(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
