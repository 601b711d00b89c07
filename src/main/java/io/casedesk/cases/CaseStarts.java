package io.casedesk.cases;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The type's start data of a case while it is being opened: intake hands it over here, the case
 * lifecycle passes it to the type's process in the same transaction ("Work the case"). So the data
 * is stored once, in the type's process, not in the lifecycle as well.
 */
@Component
public class CaseStarts {

  private final Map<String, Map<String, Object>> starting = new ConcurrentHashMap<>();

  /** Runs {@code open} with the case's start data handed over, and forgets it afterwards. */
  public <T> T opening(String caseNumber, Map<String, Object> startData, java.util.function.Supplier<T> open) {
    starting.put(caseNumber, Map.copyOf(startData));
    try {
      return open.get();
    } finally {
      starting.remove(caseNumber);
    }
  }

  /** The start data of a case being opened right now. */
  public Map<String, Object> take(String caseNumber) {
    Map<String, Object> data = starting.get(caseNumber);
    if (data == null) {
      throw new IllegalStateException("Case " + caseNumber + " has no start data: the lifecycle must call the type's process"
          + " in the transaction that opened the case, with no wait state before it");
    }
    return data;
  }
}
