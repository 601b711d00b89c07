package io.casedesk.rehearsal;

import io.casedesk.casetype.Groups;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.kpi.KpiReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar casedesk.jar rehearse [--casedesk.rehearsal.seed=7 ...]}: plays a day at the
 * exchange at 1× and at the surge volume (4×), each on a desk of its own (a fresh database, the real
 * engine, the job executor off and the clock driven by the rehearsal), prints the KPIs against the
 * targets, then searches for the staffing that keeps first response within 3.5 h in every language and
 * VIP first response under 2 h at the surge volume.
 */
public final class SurgeRehearsal {

  private static final int MAX_ROUNDS = 8;

  private final Class<?> application;
  private final String[] args;
  private final PrintStream out;
  private int runs;

  public SurgeRehearsal(Class<?> application, String[] args, PrintStream out) {
    this.application = application;
    this.args = args.clone();
    this.out = out;
  }

  /** The staffing search's result: the outcome that meets the targets (or the last tried) and whether it does. */
  public record Search(DayOutcome outcome, int rounds, boolean met) {}

  public int run() {
    RehearsalSettings settings = withDesk(Map.of(), context -> context.getBean(RehearsalSettings.class));
    Staffing base = Staffing.of(settings.getAgents(), settings.getVipAgents(), settings.getSpecialists());
    out.printf(Locale.ROOT, "Surge rehearsal, seed %d, %d cases a day at 1x, day %s%n", settings.getSeed(), settings.getCasesPerDay(), day(settings));
    DayOutcome normal = play(settings, 1.0, base);
    print("1x volume, staffing " + base, normal);
    DayOutcome surge = play(settings, settings.getSurge(), base);
    print(format(settings.getSurge()) + "x volume, the same staffing", surge);
    // The search starts lean (one agent per language, one VIP concierge, one per specialist queue) and
    // grows where a queue misses, so what it finds is close to the least that meets the targets.
    Staffing lean = lean(base);
    out.printf(Locale.ROOT, "%nStaffing search at %sx volume, from %s%n", format(settings.getSurge()), lean);
    Search search = searchStaffing(settings, play(settings, settings.getSurge(), lean));
    print(format(settings.getSurge()) + "x volume, staffing " + search.outcome().staffing()
        + (search.met() ? " (meets the targets)" : " (still misses after " + search.rounds() + " rounds)"), search.outcome());
    out.printf(Locale.ROOT, "Staffing for %sx volume: %s; %d on duty in all (1x: %d).%n", format(settings.getSurge()),
        search.outcome().staffing(), search.outcome().staffing().total(), base.total());
    return search.met() ? 0 : 1;
  }

  /** First response p50 per language, VIP p90, and the queues that missed. */
  private static String summary(DayOutcome o) {
    StringBuilder line = new StringBuilder();
    for (KpiReport.Group g : o.byLanguage().groups()) {
      line.append(g.key().get("language")).append(' ').append(hours(g.figures().firstResponse().excludingCustomerWait().p50(),
          DayOutcome.missed(g.figures()) ? Boolean.FALSE : null)).append(", ");
    }
    line.append("VIP p90 ").append(hours(o.byLanguage().overall().vipFirstResponse().excludingCustomerWait().p90(),
        o.byLanguage().overall().vipFirstResponse().met()));
    List<String> missed = o.byQueue().groups().stream().filter(g -> DayOutcome.missed(g.figures()))
        .map(g -> g.key().get("queue") + "/" + g.key().get("language")).toList();
    return missed.isEmpty() ? line.toString() : line + "; missed in " + String.join(", ", missed);
  }

  static Staffing lean(Staffing base) {
    Staffing lean = base.withVip(1);
    for (SupportedLanguage language : SupportedLanguage.values()) {
      lean = lean.withAgents(language, 1);
    }
    for (String queue : base.specialists().keySet()) {
      lean = lean.withSpecialists(queue, 1);
    }
    return lean;
  }

  /** From the surge outcome: one more agent where a queue's first response misses, until every language and VIP meets. */
  Search searchStaffing(RehearsalSettings settings, DayOutcome first) {
    DayOutcome outcome = first;
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      if (outcome.meetsTargets()) {
        return new Search(outcome, round - 1, true);
      }
      out.printf(Locale.ROOT, "  %s: %s%n", outcome.staffing(), summary(outcome));
      Staffing next = moreWhereMissed(outcome);
      out.printf(Locale.ROOT, "  round %d: %s%n", round, next);
      outcome = play(settings, settings.getSurge(), next);
    }
    return new Search(outcome, MAX_ROUNDS, outcome.meetsTargets());
  }

  /**
   * One more agent (half as many more again where the queue waits over twice its target) for every
   * queue of the day that missed: a language's kyc or support queue adds to that language's agents,
   * the VIP concierge to the concierges, a specialist queue to its specialists; each at most once a round.
   */
  static Staffing moreWhereMissed(DayOutcome outcome) {
    Staffing staffing = outcome.staffing();
    Staffing before = outcome.staffing();
    for (KpiReport.Group group : outcome.byQueue().groups()) {
      if (!DayOutcome.missed(group.figures())) {
        continue;
      }
      String queue = group.key().get("queue");
      SupportedLanguage language = SupportedLanguage.of(group.key().get("language")).orElse(SupportedLanguage.FALLBACK);
      SupportedLanguage variant = languageOf(queue);
      String base = variant == null ? queue : queue.substring(0, queue.length() - variant.variantSuffix().length());
      // A queue nobody answered (no response measured) counts as far over its target.
      Double measured = group.figures().firstResponse().excludingCustomerWait().p50();
      double p50 = measured == null ? Double.MAX_VALUE : measured;
      double target = group.figures().firstResponse().targetHours();
      if (base.equals("kyc") || base.equals("support")) {
        if (staffing.agents(language) == before.agents(language)) {
          staffing = staffing.withAgents(language, more(staffing.agents(language), p50, target));
        }
      } else if (base.equals(Groups.VIP_CONCIERGE)) {
        if (staffing.vip() == before.vip()) {
          staffing = staffing.withVip(more(staffing.vip(), p50, target));
        }
      } else if (staffing.specialists().getOrDefault(base, 0).equals(before.specialists().getOrDefault(base, 0))) {
        staffing = staffing.withSpecialists(base, more(staffing.specialists().getOrDefault(base, 0), p50, target));
      }
    }
    if (Boolean.FALSE.equals(outcome.byLanguage().overall().vipFirstResponse().met()) && staffing.vip() == before.vip()) {
      staffing = staffing.withVip(staffing.vip() + 1);
    }
    return staffing;
  }

  /** One more; half as many more again when the queue waits over twice its target. */
  private static int more(int now, double p50, double target) {
    return p50 > 2 * target ? now + Math.max(1, (now + 1) / 2) : now + 1;
  }

  private static SupportedLanguage languageOf(String queue) {
    return Stream.of(SupportedLanguage.values()).filter(l -> queue.endsWith(l.variantSuffix())).findFirst().orElse(null);
  }

  DayOutcome play(RehearsalSettings settings, double volume, Staffing staffing) {
    LocalDate day = day(settings);
    return withDesk(Map.of(), context -> context.getBean(Rehearsal.class).play(settings.getSeed(), volume, settings.getCasesPerDay(), staffing,
        day.atStartOfDay(ZoneOffset.UTC).toInstant(), day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(1)).plus(settings.getDrain())));
  }

  private static LocalDate day(RehearsalSettings settings) {
    return LocalDate.parse(settings.getDay());
  }

  /** A desk of its own for one run: a fresh H2 file database in a temporary folder, deleted afterwards. */
  private <T> T withDesk(Map<String, Object> extra, java.util.function.Function<ConfigurableApplicationContext, T> work) {
    Path folder;
    try {
      folder = Files.createTempDirectory("casedesk-rehearsal-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> properties = new HashMap<>(deskProperties(folder.resolve("casedesk").toString()));
    properties.putAll(extra);
    runs++;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
        .profiles("demo").logStartupInfo(false).run(arguments(properties))) {
      return work.apply(context);
    } finally {
      delete(folder);
    }
  }

  /**
   * The desk's properties as command-line arguments, which outrank its configuration files (default
   * properties would not: the run would use the desk's own database); the caller's arguments for the
   * rehearsal's settings come after them, and win where they name the same property.
   */
  private String[] arguments(Map<String, Object> properties) {
    List<String> given = Stream.of(args).map(a -> a.replaceFirst("^--", "").split("=", 2)[0]).toList();
    List<String> all = new ArrayList<>();
    properties.forEach((key, value) -> {
      if (!given.contains(key)) {
        all.add("--" + key + "=" + value);
      }
    });
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  /** The desk as the rehearsal runs it: its own database, no job executor, no delivery, no demo day, quiet logs. */
  public static Map<String, Object> deskProperties(String databaseFile) {
    Map<String, Object> p = new HashMap<>();
    p.put("spring.datasource.url", "jdbc:h2:file:" + databaseFile);
    p.put("spring.main.banner-mode", "off");
    // The desk's web security needs the servlet stack; nobody calls it: any free port, this machine only.
    p.put("server.port", "0");
    p.put("server.address", "127.0.0.1");
    p.put("camunda.bpm.job-execution.enabled", "false");
    // Nobody signs in to a rehearsal's desk: no Cockpit or Tasklist, and an engine name of its own.
    p.put("spring.autoconfigure.exclude", "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    p.put("camunda.bpm.process-engine-name", "rehearsal" + Long.toHexString(System.nanoTime()));
    p.put("camunda.bpm.metrics.enabled", "false");
    p.put("casedesk.delivery.relay.enabled", "false");
    p.put("casedesk.audit.generate-export-key", "true"); // in memory, for this run only
    p.put("casedesk.audit.export-key-file", "");
    p.put("casedesk.rehearsal.demo-day.enabled", "false");
    p.put("logging.level.root", "warn");
    // A simulated agent's refused decision is an exception the engine logs; the rehearsal counts them.
    p.put("logging.level.org.camunda", "off");
    return p;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure of the rehearsal
    }
  }

  private void print(String title, DayOutcome o) {
    KpiReport.Figures all = o.byLanguage().overall();
    out.println();
    out.println("== " + title);
    out.printf(Locale.ROOT, "   %d cases planned, %d opened, %d ended; %d tasks worked, %d job runs failed; played until %s%n",
        o.planned(), o.opened().size(), all.ended(), o.tasksWorked(), o.jobFailures(), o.endedAt());
    out.printf(Locale.ROOT, "   %-10s %7s %12s %12s %10s %10s %8s%n", "language", "cases", "first resp.", "VIP p90", "resolved", "CSAT", "breached");
    List<Row> rows = new ArrayList<>();
    for (KpiReport.Group g : o.byLanguage().groups()) {
      rows.add(new Row(g.key().get("language"), g.figures()));
    }
    rows.add(new Row("all", all));
    for (Row row : rows) {
      KpiReport.Figures f = row.figures();
      out.printf(Locale.ROOT, "   %-10s %7d %12s %12s %10s %10s %8s%n", row.name(), f.cases(),
          hours(f.firstResponse().excludingCustomerWait().p50(), f.firstResponse().met()),
          hours(f.vipFirstResponse().excludingCustomerWait().p90(), f.vipFirstResponse().met()),
          share(f.resolutionSuccess()), csat(f.csat()), share(f.breached()));
    }
    out.printf(Locale.ROOT, "   targets: first response p50 <= %.1f h, VIP p90 <= %.1f h, resolution success >= %.0f %%, CSAT >= %.1f%n",
        all.firstResponse().targetHours(), all.vipFirstResponse().targetHours(), all.resolutionSuccess().target() * 100, all.csat().target());
    out.printf(Locale.ROOT, "   %-26s %7s %10s %10s %12s   %s%n", "case type", "cases", "automated", "resolved", "first resp.", "ended as");
    for (KpiReport.Group g : o.byType().groups()) {
      KpiReport.Figures f = g.figures();
      String type = g.key().get("caseType");
      Map<String, Long> endedAs = new java.util.TreeMap<>(o.opened().values().stream().map(v -> v.split(" "))
          .filter(v -> v[3].equals(type)).collect(java.util.stream.Collectors.groupingBy(v -> v[4], java.util.stream.Collectors.counting())));
      out.printf(Locale.ROOT, "   %-26s %7d %10s %10s %12s   %s%n", type, f.cases(), share(f.automated()),
          share(f.resolutionSuccess()), hours(f.firstResponse().excludingCustomerWait().p50(), null), endedAs);
    }
    if (!o.refused().isEmpty()) {
      out.println("   refused or failed: " + o.refused());
    }
  }

  private record Row(String name, KpiReport.Figures figures) {}

  private static String hours(Double value, Boolean met) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2f h%s", value, Boolean.FALSE.equals(met) ? " x" : "");
  }

  private static String share(KpiReport.Rate rate) {
    return rate.value() == null ? "-" : String.format(Locale.ROOT, "%.1f %%", rate.value() * 100);
  }

  private static String csat(KpiReport.Satisfaction s) {
    return s.mean() == null ? "-" : String.format(Locale.ROOT, "%.2f (%d)", s.mean(), s.responses());
  }

  private static String format(double volume) {
    return volume == Math.rint(volume) ? String.valueOf((long) volume) : String.valueOf(volume);
  }

  int runs() {
    return runs;
  }
}
