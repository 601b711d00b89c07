package io.casedesk.tasklist;

import io.casedesk.routing.LanguageQueues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every task of a case shows in Tasklist, as task-local variables the desk sets in the case's
 * language when the task is created and keeps in step with the SLA clocks. Agents may read a task's
 * own variables (the engine grants a task's candidate groups that task), not the case's process
 * variables, so the card says which case a task is without opening the case's personal data. Queue
 * filters show {@link #LINES}; Tasklist's search finds a task by them ("Task variable").
 */
public final class TaskCard {

  public static final String CASE_NUMBER = "deskCaseNumber";
  /** The case type's name (its process's name). */
  public static final String CASE_TYPE = "deskCaseType";
  public static final String LANGUAGE = "deskLanguage";
  public static final String CHANNEL = "deskChannel";
  public static final String TIER = "deskTier";
  /** On time, at risk, breached or paused. */
  public static final String SLA = "deskSla";
  /** The first-response clock: due, at risk, paused, met or breached, with its time. */
  public static final String FIRST_RESPONSE = "deskFirstResponse";
  public static final String RESOLUTION = "deskResolution";
  /** Which clock ran out and when; only on a case whose clock ran out. */
  public static final String SLA_BREACH = "deskSlaBreach";
  /** Links to the case's documents (Markdown), each opening through the desk; only on a case with documents. */
  public static final String DOCUMENTS = "deskDocuments";

  /** The lines of a card in a queue filter, in order: variable name to the desk bundle key of its label. */
  public static final Map<String, String> LINES = lines();

  private TaskCard() {}

  private static Map<String, String> lines() {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put(CASE_NUMBER, "card.caseNumber");
    lines.put(CASE_TYPE, "card.caseType");
    lines.put(LANGUAGE, "card.language");
    lines.put(TIER, "card.tier");
    lines.put(SLA, "card.sla");
    lines.put(LanguageQueues.ROUTING_NOTE, "card.routing");
    return java.util.Collections.unmodifiableMap(lines);
  }
}
