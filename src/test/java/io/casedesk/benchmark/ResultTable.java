package io.casedesk.benchmark;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benchmark's printed table: every figure of every peer, with CaseDesk's ratio to the bare engine and two nodes' to one. */
final class ResultTable {

  private final Map<String, Map<String, Double>> results;

  ResultTable(Map<String, Map<String, Double>> results) {
    this.results = results;
  }

  void print(String file) {
    Set<String> figures = new LinkedHashSet<>();
    results.values().forEach(r -> figures.addAll(r.keySet()));
    System.out.println();
    System.out.printf(Locale.ROOT, "%-38s", "figure");
    results.keySet().forEach(peer -> System.out.printf(Locale.ROOT, " %10s", peer));
    System.out.printf(Locale.ROOT, " %9s %9s%n", "h2/bare", "pg2/pg");
    for (String figure : figures) {
      System.out.printf(Locale.ROOT, "%-38s", figure);
      results.values().forEach(r -> System.out.printf(Locale.ROOT, " %10s", format(r.get(figure))));
      System.out.printf(Locale.ROOT, " %9s %9s%n", ratio("h2", "bare", figure), ratio("pg2", "pg", figure));
    }
    System.out.println("(also in target/benchmark/" + file + ")");
  }

  private String ratio(String peer, String base, String figure) {
    Double a = results.getOrDefault(peer, Map.of()).get(figure);
    Double b = results.getOrDefault(base, Map.of()).get(figure);
    return a == null || b == null || b == 0 ? "" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  private static String format(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }
}
