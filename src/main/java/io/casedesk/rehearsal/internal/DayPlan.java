package io.casedesk.rehearsal.internal;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.rehearsal.RehearsalSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The requests of one rehearsed day: a pure function of the settings, the seed and the volume. */
record DayPlan(Instant dayStart, double volume, List<PlannedCase> cases) {

  /** Requests per hour of the day (UTC), relative: quiet at night, busiest in the Asian and European afternoons. */
  static final double[] HOURLY = {3, 2, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 7, 7, 7, 8, 8, 7, 6, 5, 5, 4, 4, 3};
  private static final Map<SupportedLanguage, String> LOCALES = Map.of(
      SupportedLanguage.EN, "en-GB", SupportedLanguage.ZH, "zh-CN", SupportedLanguage.RU, "ru-RU",
      SupportedLanguage.ES, "es-ES", SupportedLanguage.VI, "vi-VN", SupportedLanguage.TR, "tr-TR");
  private static final List<String> WITH_DOCUMENTS = List.of("KYC_VERIFICATION", "TWO_FACTOR_RESET");

  static DayPlan of(RehearsalSettings settings, long seed, double volume, int casesAt1x, Instant dayStart) {
    int count = (int) Math.round(casesAt1x * volume);
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Math.round(volume * 1000));
    List<PlannedCase> cases = new ArrayList<>();
    List<Instant> arrivals = IntStream.range(0, count).mapToObj(i -> arrival(random, dayStart)).sorted().toList();
    for (int i = 0; i < count; i++) {
      cases.add(draw(settings, random, i + 1, arrivals.get(i)));
    }
    cases.sort(Comparator.comparing(PlannedCase::arrivesAt).thenComparing(PlannedCase::index));
    return new DayPlan(dayStart, volume, List.copyOf(cases));
  }

  Instant dayEnd() {
    return dayStart.plus(Duration.ofDays(1));
  }

  private static Instant arrival(SplittableRandom random, Instant dayStart) {
    double total = 0;
    for (double h : HOURLY) {
      total += h;
    }
    double pick = random.nextDouble() * total;
    int hour = 0;
    while (pick >= HOURLY[hour]) {
      pick -= HOURLY[hour];
      hour++;
    }
    return dayStart.plusSeconds(hour * 3600L + random.nextInt(3600));
  }

  private static PlannedCase draw(RehearsalSettings s, SplittableRandom r, int index, Instant at) {
    String type = pick(r, s.getCaseTypes());
    SupportedLanguage language = SupportedLanguage.of(pick(r, s.getLanguages())).orElse(SupportedLanguage.FALLBACK);
    double t = r.nextDouble();
    Tier tier = t < s.getInstitutionalShare() ? Tier.INSTITUTIONAL : t < s.getInstitutionalShare() + s.getVipShare() ? Tier.VIP : Tier.STANDARD;
    Channel channel = tier != Tier.STANDARD ? Channel.VIP_CONCIERGE : r.nextDouble() < s.getEmailShare() ? Channel.EMAIL_TICKET : Channel.WEB_FORM;
    boolean complete = !WITH_DOCUMENTS.contains(type) || r.nextDouble() >= s.getIncompleteShare();
    boolean answers = r.nextDouble() < s.getReplyShare();
    Duration answerDelay = logNormal(r, s.getReplyDelay());
    boolean asks = r.nextDouble() < s.getAgentAsksShare();
    boolean rejects = r.nextDouble() < s.getAgentRejectsShare();
    boolean rates = r.nextDouble() < s.getCsatShare();
    Duration ratingDelay = Duration.ofMinutes(10 + r.nextInt(48 * 60));
    int noise = r.nextDouble() < 0.25 ? -1 : 0;
    boolean writesAgain = r.nextDouble() < s.getReopenShare();
    Duration writesAgainAfter = Duration.ofHours(2 + r.nextInt(120));
    return new PlannedCase(index, at, type, channel, tier, language, LOCALES.get(language), complete, answers, answerDelay,
        asks, rejects, rates, ratingDelay, noise, writesAgain, writesAgainAfter, r.nextLong());
  }

  /** A delay around its median: most within a few times of it either way, none under five minutes or over four days. */
  private static Duration logNormal(SplittableRandom r, Duration median) {
    double z = 0;
    for (int i = 0; i < 12; i++) {
      z += r.nextDouble();
    }
    double factor = Math.exp((z - 6) * 0.9);
    long seconds = Math.round(median.toSeconds() * factor);
    return Duration.ofSeconds(Math.min(Duration.ofDays(4).toSeconds(), Math.max(300, seconds)));
  }

  private static String pick(SplittableRandom r, Map<String, Double> shares) {
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    double pick = r.nextDouble() * total;
    // Iterate in key order: the settings' map order must not change the day.
    List<String> keys = shares.keySet().stream().sorted().toList();
    for (String key : keys) {
      pick -= shares.get(key);
      if (pick < 0) {
        return key;
      }
    }
    return keys.get(keys.size() - 1);
  }
}
