package io.casedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Drives the engine in tests instead of waiting: moves its clock and runs the jobs that are due
 * (timers and asynchronous steps), as the job executor would, for the running test's own cases only.
 */
public class EngineDriver {

  private final ProcessEngine engine;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TestCases cases;

  /** The desk's retry cycle for calls to the ledger and the chains, R3/PT1M: three tries, a minute apart. */
  static final int RETRIES = 3;
  static final Duration RETRY_INTERVAL = Duration.ofMinutes(1).plusSeconds(1);

  EngineDriver(ProcessEngine engine, TestCases cases) {
    this.engine = engine;
    this.managementService = engine.getManagementService();
    this.runtimeService = engine.getRuntimeService();
    this.identityService = engine.getIdentityService();
    this.cases = cases;
  }

  public ProcessEngine engine() {
    return engine;
  }

  /**
   * Starts each test at a fixed, known instant, with no cases of its own yet, and with
   * camunda-bpm-assert bound to this context's engine (its binding is static, and another cached
   * context may have bound its own).
   */
  public void resetClock(Instant now) {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(now));
    identityService.clearAuthentication();
    cases.clear();
  }

  public void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    cases.clear();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Moves the clock forward and runs every job of the test's cases that has come due, including jobs those jobs create. */
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
      List<Job> due = dueJobs();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming due; a timer cycle without end?");
  }

  /**
   * Runs the due jobs as the job executor would when a system is down: a failing job loses a retry
   * and comes due again after its retry interval, or becomes an incident when none is left.
   */
  public int runDueJobsAllowingFailures() {
    int failures = 0;
    for (Job job : dueJobs()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException e) {
        failures++;
      }
    }
    return failures;
  }

  /**
   * Runs the failing job of one of the test's process instances as the job executor would while the
   * system it calls is down, until the desk's retry cycle (R3/PT1M) is used up: three tries a minute
   * apart, each of them the only job that fails. Returns the incident Cockpit then shows.
   */
  public Incident failUntilIncident(String processInstanceId) {
    for (int attempt = 1; attempt <= RETRIES; attempt++) {
      if (attempt > 1) {
        moveClock(RETRY_INTERVAL);
      }
      int failures = runDueJobsAllowingFailures();
      if (failures != 1) {
        throw new AssertionError("Try " + attempt + " of " + RETRIES + ": expected one failing job, " + failures + " failed");
      }
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
    if (incident == null) {
      throw new AssertionError("No incident after " + RETRIES + " failed tries");
    }
    return incident;
  }

  /** What Cockpit's "retry" does with an incident: one more try, due now; then runs the due jobs. */
  public void retryAsCockpitDoes(Incident incident) {
    managementService.setJobRetries(incident.getConfiguration(), 1);
    managementService.setJobDuedate(incident.getConfiguration(), Date.from(now()));
    runDueJobs();
  }

  /** The due jobs of the test's cases (of every process instance with one of their case numbers), not suspended ones: as the job executor acquires them. */
  public List<Job> dueJobs() {
    return cases.owned().stream()
        .flatMap(caseNumber -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream())
        .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().active().list().stream())
        .toList();
  }

  /** The case's instance of a process: the case lifecycle, the type's process, a clock or a wait. */
  public ProcessInstance process(String caseNumber, String processKey) {
    return find(caseNumber, processKey)
        .orElseThrow(() -> new AssertionError("Case " + caseNumber + " has no " + processKey + " instance"));
  }

  /** The same, running or ended: history knows ended instances. Looked up as the desk, whoever is signed in. */
  public Optional<ProcessInstance> find(String caseNumber, String processKey) {
    var signedIn = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookUp(caseNumber, processKey);
    } finally {
      if (signedIn != null) {
        identityService.setAuthentication(signedIn);
      }
    }
  }

  private Optional<ProcessInstance> lookUp(String caseNumber, String processKey) {
    var running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey(processKey).list();
    if (!running.isEmpty()) {
      return Optional.of(running.get(0));
    }
    var ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(processKey).orderByProcessInstanceStartTime().desc().list();
    return ended.isEmpty() ? Optional.empty() : Optional.of(new EndedInstance(ended.get(0)));
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

  /** Acts as a signed-in user until {@link #signOut()}. */
  public void signIn(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
  }

  public void signOut() {
    identityService.clearAuthentication();
  }
}
