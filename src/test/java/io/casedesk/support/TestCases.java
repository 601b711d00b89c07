package io.casedesk.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The cases the running test opened. Tests share one engine and one database, so the engine driver
 * runs the jobs of these cases only: another test's timers and failing steps never reach this one.
 */
@Component
public class TestCases {

  private final Set<String> owned = new LinkedHashSet<>();

  /** Marks a case as the running test's own, e.g. one it started without the case API. */
  public synchronized void own(String caseNumber) {
    owned.add(caseNumber);
  }

  /** In the order they were opened. */
  public synchronized List<String> owned() {
    return List.copyOf(owned);
  }

  synchronized void clear() {
    owned.clear();
  }
}
