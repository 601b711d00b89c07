package io.casedesk.rehearsal.internal;

import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.Groups;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.intake.CaseOpener;
import io.casedesk.kpi.CustomerSatisfaction;
import io.casedesk.kpi.KpiSettings;
import io.casedesk.rehearsal.RehearsalSettings;
import io.casedesk.rehearsal.Staffing;
import io.casedesk.replies.CustomerReplies;
import io.casedesk.routing.LanguageQueues;
import io.casedesk.whitelist.WhitelistConfirmation;
import io.casedesk.whitelist.WhitelistConfirmations;
import io.casedesk.withdrawallimit.WithdrawalLimitVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plays a {@link DayPlan} on the real engine in compressed time: the engine's clock jumps from one
 * moment something happens to the next (a request arrives, a timer falls due, an agent finishes a
 * task, a customer answers), and at each the due jobs run as the job executor would run them. Run it
 * only where nothing else drives the engine: a database of its own with the job executor off, or the
 * demo's first start, as its last start-up step.
 *
 * <p>Simulated agents work their queues in Tasklist's order (priority, highest first, then due
 * date), one task at a time, each for the planned handling time. Simulated customers answer the
 * desk's questions after their planned delay, or never; rate the resolution; some write again.
 */
@Component
class DaySimulation {

  private static final Logger log = LoggerFactory.getLogger(DaySimulation.class);
  private static final Set<String> SECOND_APPROVALS = Set.of("Task_ComplianceApproval", "Task_SecondApproval", "Task_ApproveCompensation");
  private static final String REOPENED_REVIEW = "Task_ReviewReopenedCase";
  private static final String REPLY_WAIT = "customer-reply-wait";
  private static final String OPENED_BY = "rehearsal";
  private static final String WHITELIST_CHANGE = "WHITELIST_CHANGE";

  private final ProcessEngine engine;
  private final CaseOpener opener;
  private final CustomerReplies replies;
  private final CustomerSatisfaction satisfaction;
  private final CaseRegistry registry;
  private final WhitelistConfirmations whitelist;
  private final RehearsalRequests requests;
  private final SyntheticCustomers customers;
  private final RehearsalSettings settings;
  private final KpiSettings kpi;

  DaySimulation(ProcessEngine engine, CaseOpener opener, CustomerReplies replies, CustomerSatisfaction satisfaction,
      CaseRegistry registry, WhitelistConfirmations whitelist, RehearsalRequests requests, SyntheticCustomers customers,
      RehearsalSettings settings, KpiSettings kpi) {
    this.engine = engine;
    this.opener = opener;
    this.replies = replies;
    this.satisfaction = satisfaction;
    this.registry = registry;
    this.whitelist = whitelist;
    this.requests = requests;
    this.customers = customers;
    this.settings = settings;
    this.kpi = kpi;
  }

  /** What happened, as the simulation saw it: the cases it opened and what its customers did. */
  record Journal(Map<String, PlannedCase> cases, Map<String, Integer> ratings, Set<String> wroteAgain, Map<String, Integer> refused,
      int tasksWorked, int jobFailures, Instant endedAt) {}

  /** Plays the day, and what follows it until its cases have ended or the clock reaches {@code stopAt}. */
  Journal play(DayPlan plan, Staffing staffing, Instant stopAt) {
    return new Run(plan, staffing, stopAt).play();
  }

  private final class Run {

    private final DayPlan plan;
    private final Instant stopAt;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Map<String, PlannedCase> cases = new LinkedHashMap<>();
    private final Map<String, Integer> tasksOfCase = new HashMap<>();
    private final Set<String> askedAtReview = new HashSet<>();
    private final Set<String> answeredWaits = new HashSet<>();
    private final Set<String> followedUp = new HashSet<>();
    private final Map<String, Integer> ratings = new TreeMap<>();
    private final Set<String> wroteAgain = new HashSet<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private final List<Agent> agents = new ArrayList<>();
    private final TaskService tasks = engine.getTaskService();
    private final ManagementService management = engine.getManagementService();
    private long sequence;
    private int tasksWorked;
    private int jobFailures;
    private Instant lastLook;

    Run(DayPlan plan, Staffing staffing, Instant stopAt) {
      this.plan = plan;
      this.stopAt = stopAt;
      for (SupportedLanguage language : SupportedLanguage.values()) {
        for (int i = 1; i <= staffing.agents(language); i++) {
          agents.add(new Agent("rehearsal" + language.variantSuffix() + i,
              List.of(LanguageQueues.variant("kyc", language), LanguageQueues.variant("support", language)), settings.getHandling().get("language")));
        }
      }
      for (int i = 1; i <= staffing.vip(); i++) {
        agents.add(new Agent("rehearsalVip" + i, variants(Groups.VIP_CONCIERGE), settings.getHandling().get("vip")));
      }
      staffing.specialists().forEach((queue, count) -> {
        for (int i = 1; i <= count; i++) {
          agents.add(new Agent("rehearsal" + Character.toUpperCase(queue.charAt(0)) + queue.substring(1) + i, variants(queue),
              settings.getHandling().get("specialist")));
        }
      });
    }

    Journal play() {
      setClock(plan.dayStart());
      lastLook = plan.dayStart();
      try {
        for (PlannedCase planned : plan.cases()) {
          customers.create(planned.customerUid(), requests.templateAccount(planned.caseType()));
          schedule(planned.arrivesAt(), () -> arrive(planned));
        }
        loop();
        return new Journal(Map.copyOf(cases), Map.copyOf(ratings), Set.copyOf(wroteAgain), Map.copyOf(refused), tasksWorked, jobFailures, now());
      } finally {
        ClockUtil.reset();
      }
    }

    /** Until nothing is left to happen for the day's cases: every case ended and no customer about to act, or the stop. */
    private void loop() {
      while (true) {
        Instant nextEvent = events.isEmpty() ? null : events.peek().at();
        if (nextEvent == null && registry.countOpen() == 0) {
          return; // jobs that remain belong to ended cases and change no figure of the day
        }
        Instant nextJob = nextJobDue();
        Instant next = earliest(nextEvent, nextJob);
        if (next == null || next.isAfter(stopAt)) {
          return;
        }
        if (next.isAfter(now())) {
          setClock(next);
        }
        if (nextJob != null && !nextJob.isAfter(next)) {
          runDueJobs();
        } else {
          events.poll().action().run();
        }
        observe();
        dispatch();
      }
    }

    // ---- customers ------------------------------------------------------------------------

    private void arrive(PlannedCase planned) {
      try {
        CaseOpener.Opened opened = opener.open(requests.request(planned), "rehearsal-" + planned.index(), OPENED_BY);
        cases.put(opened.caseNumber(), planned);
        if (planned.caseType().equals(WHITELIST_CHANGE) && planned.customerAnswers()) {
          // The e-mail link is valid for an hour: customers who act on it do so within minutes.
          schedule(now().plus(planned.handlingTime(Duration.ofMinutes(15), 0)), () -> attempt("confirm",
              () -> whitelist.confirm(opened.caseNumber(), new WhitelistConfirmation(null, null))));
        }
      } catch (RuntimeException e) {
        refused.merge(planned.caseType() + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 1, Integer::sum);
      }
    }

    /** New questions to customers (a reply wait started) and newly resolved cases: what the customers do next. */
    private void observe() {
      // Waits started since the last look (a second back: the history's start times are to the millisecond).
      Date since = Date.from(lastLook.minusSeconds(1));
      for (var wait : engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(REPLY_WAIT)
          .startedAfter(since).unfinished().list()) {
        PlannedCase planned = cases.get(wait.getBusinessKey());
        if (planned == null || !answeredWaits.add(wait.getId()) || !planned.customerAnswers()) {
          continue;
        }
        String caseNumber = wait.getBusinessKey();
        int asked = answeredWaits.size();
        schedule(now().plus(planned.handlingTime(planned.answerDelay(), 1000 + asked)), () -> answer(caseNumber, planned));
      }
      Instant scanFrom = lastLook;
      lastLook = now();
      for (CaseRecord c : registry.decidedSince(scanFrom)) {
        String caseNumber = c.caseNumber();
        PlannedCase planned = cases.get(caseNumber);
        if (planned == null || !followedUp.add(caseNumber)) {
          continue;
        }
        if (planned.writesAgain()) {
          schedule(c.resolvedAt().plus(planned.writesAgainAfter()), () -> writeAgain(caseNumber));
        }
        if (planned.rates()) {
          schedule(c.resolvedAt().plus(planned.ratingDelay()), () -> rate(caseNumber, planned));
        }
      }
    }

    private void answer(String caseNumber, PlannedCase planned) {
      attempt("answer", () -> replies.reply(caseNumber, requests.answer(planned)));
    }

    private void writeAgain(String caseNumber) {
      attempt("write again", () -> {
        replies.reply(caseNumber, requests.writeAgain());
        wroteAgain.add(caseNumber);
      });
    }

    private void rate(String caseNumber, PlannedCase planned) {
      CaseRecord c = registry.find(caseNumber).orElseThrow();
      // The simulated customer's rating: 5 for what they asked for, 4 for a clear refusal; one less for
      // a first response slower than the 2026 target, one less if they had to write again.
      int score = c.status() == CaseStatus.RESOLVED ? 5 : 4;
      Duration firstResponse = c.firstResponseAt() == null ? null : Duration.between(c.createdAt(), c.firstResponseAt());
      if (firstResponse != null && firstResponse.compareTo(kpi.getTargets().getFirstResponse()) > 0) {
        score--;
      }
      if (wroteAgain.contains(caseNumber)) {
        score--;
      }
      int given = Math.max(1, Math.min(5, score + planned.ratingNoise()));
      attempt("rate", () -> {
        satisfaction.rate(caseNumber, given, null);
        ratings.put(caseNumber, given);
      });
    }

    // ---- agents ---------------------------------------------------------------------------

    /** Free agents take the first task of their queues that they may take, in Tasklist's order. */
    private void dispatch() {
      Map<List<String>, List<Task>> queues = new HashMap<>();
      for (Agent agent : agents) {
        if (agent.busy) {
          continue;
        }
        List<Task> queue = queues.computeIfAbsent(agent.groups, groups -> new ArrayList<>(tasks.createTaskQuery()
            .taskCandidateGroupIn(groups).taskUnassigned().active()
            .orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc()
            .listPage(0, 20)));
        while (!queue.isEmpty()) {
          Task task = queue.remove(0);
          if (claim(task, agent)) {
            queues.values().forEach(q -> q.removeIf(t -> t.getId().equals(task.getId())));
            String caseNumber = caseNumber(task);
            int n = tasksOfCase.merge(caseNumber, 1, Integer::sum);
            PlannedCase planned = cases.get(caseNumber);
            Duration mean = SECOND_APPROVALS.contains(task.getTaskDefinitionKey()) ? settings.getHandling().get("approval") : agent.handling;
            Duration handling = planned == null ? mean : planned.handlingTime(mean, n);
            agent.busy = true;
            schedule(now().plus(handling), () -> complete(agent, task, caseNumber, planned));
            break;
          }
        }
      }
    }

    private boolean claim(Task task, Agent agent) {
      try {
        tasks.claim(task.getId(), agent.id);
        return true;
      } catch (RuntimeException e) {
        return false; // taken meanwhile, or four eyes: this person decided the case's first review
      }
    }

    private void complete(Agent agent, Task task, String caseNumber, PlannedCase planned) {
      agent.busy = false;
      tasksWorked++;
      String key = task.getTaskDefinitionKey();
      if (REOPENED_REVIEW.equals(key)) {
        attempt("answer reopened case", () -> tasks.complete(task.getId(), Map.of(CaseVariables.COMMENT, "We looked again; see our answer.")));
        return;
      }
      String decision = ReviewDecision.APPROVE;
      if (!SECOND_APPROVALS.contains(key) && planned != null) {
        if (planned.agentAsks() && askedAtReview.add(caseNumber)) {
          decision = ReviewDecision.REQUEST_INFO;
        } else if (planned.agentRejects()) {
          decision = ReviewDecision.REJECT;
        }
      }
      try {
        tasks.complete(task.getId(), decision(task, decision));
      } catch (RuntimeException refusedDecision) {
        // A hard check forbids the approval (the form says why): the agent rejects instead; if that is
        // refused too, or the task went meanwhile, the agent hands it back.
        if (!attempt("reject", () -> tasks.complete(task.getId(), decision(task, ReviewDecision.REJECT)))) {
          attempt("hand back", () -> tasks.setAssignee(task.getId(), null));
        }
      }
    }

    private Map<String, Object> decision(Task task, String decision) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(CaseVariables.DECISION, decision);
      variables.put(CaseVariables.COMMENT, switch (decision) {
        case ReviewDecision.APPROVE -> "Checked against the case record.";
        case ReviewDecision.REJECT -> "The request does not meet our requirements.";
        default -> "Please send us what the message lists.";
      });
      if (!ReviewDecision.APPROVE.equals(decision)) {
        variables.put(CaseVariables.REASON_CODE, "OTHER");
      } else if ("Task_ReviewRequest".equals(task.getTaskDefinitionKey())) {
        Object requested = tasks.getVariable(task.getId(), WithdrawalLimitVariables.REQUESTED_DAILY_LIMIT_USD);
        variables.put(WithdrawalLimitVariables.APPROVED_DAILY_LIMIT_USD, requested);
      }
      return variables;
    }

    private String caseNumber(Task task) {
      return (String) tasks.getVariable(task.getId(), CaseVariables.CASE_NUMBER);
    }

    // ---- the engine -----------------------------------------------------------------------

    private Instant nextJobDue() {
      // Jobs due now, those without a due date (asynchronous steps) among them: the databases sort a
      // missing due date differently, so these are asked for apart from the next timer.
      if (management.createJobQuery().withRetriesLeft().active().executable().count() > 0) {
        return now();
      }
      List<Job> next = management.createJobQuery().withRetriesLeft().active().orderByJobDuedate().asc().listPage(0, 1);
      if (next.isEmpty()) {
        return null;
      }
      Date due = next.get(0).getDuedate();
      return due == null ? now() : due.toInstant();
    }

    private void runDueJobs() {
      for (int round = 0; round < 1000; round++) {
        List<Job> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, 200);
        if (due.isEmpty()) {
          return;
        }
        for (Job job : due) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException e) {
            jobFailures++; // the job loses a retry and comes due again, as with the job executor
            log.debug("Job {} failed in the rehearsal: {}", job.getId(), e.getMessage());
          }
        }
      }
    }

    private boolean attempt(String what, Runnable action) {
      try {
        action.run();
        return true;
      } catch (RuntimeException e) {
        refused.merge(what + ": " + e.getClass().getSimpleName(), 1, Integer::sum);
        return false;
      }
    }

    private void schedule(Instant at, Runnable action) {
      events.add(new Event(at.isBefore(now()) ? now() : at, sequence++, action));
    }

    private Instant now() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    private void setClock(Instant at) {
      ClockUtil.setCurrentTime(Date.from(at));
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static List<String> variants(String queue) {
    List<String> groups = new ArrayList<>(List.of(queue));
    for (SupportedLanguage language : SupportedLanguage.values()) {
      groups.add(LanguageQueues.variant(queue, language));
    }
    return groups;
  }

  private record Event(Instant at, long sequence, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  private static final class Agent {
    final String id;
    final List<String> groups;
    final Duration handling;
    boolean busy;

    Agent(String id, List<String> groups, Duration handling) {
      this.id = id;
      this.groups = groups;
      this.handling = handling;
    }
  }

}
