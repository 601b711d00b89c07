package io.casedesk.platform;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that runs on the create, assignment and complete events of every user task of
 * every case process. Implement it as a Spring bean; order with {@code @Order}.
 */
public interface EveryUserTaskListener extends TaskListener {

  /** Order of the desk-wide listeners on each event. */
  int ROUTING = 100;
  int ESCALATION = 200;
  int LOCALIZATION = 300;
  /** What a task shows in Tasklist's list and form header: after the name and the SLA standing are set. */
  int PRESENTATION = 400;
}
