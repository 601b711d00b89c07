package io.casedesk.rehearsal;

import io.casedesk.i18n.SupportedLanguage;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Who is on duty, around the clock: agents per language (kyc and support queues), VIP concierges, specialists per queue. */
public record Staffing(Map<SupportedLanguage, Integer> perLanguage, int vip, Map<String, Integer> specialists) {

  public Staffing {
    perLanguage = Map.copyOf(new EnumMap<>(perLanguage));
    specialists = Map.copyOf(new TreeMap<>(specialists));
  }

  public static Staffing of(Map<String, Integer> perLanguage, int vip, Map<String, Integer> specialists) {
    Map<SupportedLanguage, Integer> agents = new EnumMap<>(SupportedLanguage.class);
    for (SupportedLanguage language : SupportedLanguage.values()) {
      agents.put(language, perLanguage.getOrDefault(language.tag(), 1));
    }
    return new Staffing(agents, vip, specialists);
  }

  public int agents(SupportedLanguage language) {
    return perLanguage.getOrDefault(language, 0);
  }

  public Staffing withAgents(SupportedLanguage language, int count) {
    Map<SupportedLanguage, Integer> agents = new EnumMap<>(perLanguage);
    agents.put(language, count);
    return new Staffing(agents, vip, specialists);
  }

  public Staffing withSpecialists(String queue, int count) {
    Map<String, Integer> changed = new TreeMap<>(specialists);
    changed.put(queue, count);
    return new Staffing(perLanguage, vip, changed);
  }

  public Staffing withVip(int count) {
    return new Staffing(perLanguage, count, specialists);
  }

  public int total() {
    return perLanguage.values().stream().mapToInt(Integer::intValue).sum() + vip + specialists.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public String toString() {
    return new TreeMap<>(perLanguage).entrySet().stream().map(e -> e.getKey().tag() + " " + e.getValue()).collect(Collectors.joining(", "))
        + "; VIP " + vip + "; " + specialists.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
