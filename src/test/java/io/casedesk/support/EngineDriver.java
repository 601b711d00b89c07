package io.casedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Drives the engine in tests instead of waiting: moves its clock and runs the jobs that are due
 * (timers and asynchronous steps), as the job executor would.
 */
public class EngineDriver {

  private final ProcessEngine engine;
  private final ManagementService managementService;
  private final IdentityService identityService;

  EngineDriver(ProcessEngine engine) {
    this.engine = engine;
    this.managementService = engine.getManagementService();
    this.identityService = engine.getIdentityService();
  }

  public ProcessEngine engine() {
    return engine;
  }

  /**
   * Starts each test at a fixed, known instant, with camunda-bpm-assert bound to this context's
   * engine (its binding is static, and another cached context may have bound its own).
   */
  public void resetClock(Instant now) {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(now));
    identityService.clearAuthentication();
  }

  public void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Moves the clock forward and runs every job that has come due, including jobs those jobs create. */
  public void advance(Duration duration) {
    moveClock(duration);
    runDueJobs();
  }

  /** Moves the clock forward and runs nothing. */
  public void moveClock(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
  }

  public void runDueJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming due; a timer cycle without end?");
  }

  /**
   * Runs one action as a signed-in user, as Tasklist and the REST API make the engine do, so the
   * engine's authorization checks and listeners see that user. Assertions run outside it, as the desk.
   */
  public void as(String userId, Runnable action) {
    signIn(userId);
    try {
      action.run();
    } finally {
      signOut();
    }
  }

  /**
   * Runs the due jobs as the job executor would when a node is down: a failing job loses a retry and
   * comes due again after its retry interval, or becomes an incident when none is left.
   */
  public int runDueJobsAllowingFailures() {
    int failures = 0;
    for (Job job : managementService.createJobQuery().executable().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException e) {
        failures++;
      }
    }
    return failures;
  }

  /** Acts as a signed-in user until {@link #signOut()}. */
  public void signIn(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
  }

  public void signOut() {
    identityService.clearAuthentication();
  }
}
