package io.casedesk.withdrawallimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.WithdrawalLimits;
import io.casedesk.support.CaseApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A simulated month of withdrawal-limit requests over the demo accounts, on the real engine in
 * compressed time: the engine's clock jumps from one event to the next, and the due jobs run as the job
 * executor would run them. Requests go through the case API over HTTP as the exchange sends them;
 * agents and compliance officers of the demo work the reviews a few hours later. Deterministic by seed.
 *
 * <p>The mix: mostly small increases by verified accounts, some above the level's ceiling, some far
 * above the current limit, a few that are no increase, and the frozen, closed, new and recently
 * changed accounts asking like everyone else. What is measured comes from the engine's history and
 * the registry, and the safety check reads the ledger itself, not the decision table's inputs.
 */
public final class LimitMonth {

  static final String[] LANGUAGES = {"en", "zh-CN", "ru", "es", "vi", "tr", "en-GB", "pt-BR"};
  /** Demo accounts the exchange serves as VIP or institutional clients. */
  static final Map<String, String> TIERS = Map.of("20000001", "INSTITUTIONAL", "20000002", "INSTITUTIONAL", "10000006", "VIP",
      "10000050", "VIP", "10000060", "VIP");
  /** The high-volume verified accounts (many withdrawals, limits below their level's ceiling) ask more often. */
  static final Set<String> HIGH_VOLUME = Set.of("10000050", "10000051", "10000052");

  /** The month to simulate. */
  public record Plan(Instant start, Duration length, int requests, long seed) {}

  /** One request as sent, and what became of it. */
  record Request(
      Instant at, String uid, String tier, BigDecimal current, BigDecimal asked, String kind, AccountStatus status, boolean recentSecurityChange,
      String caseNumber, long decisionMillis, String decision, String reason, String outcome, boolean person, boolean fourEyes) {}

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final LedgerPort ledger;
  private final WithdrawalLimits limits;
  private final JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;
  private final Map<String, String> businessKeys = new HashMap<>();
  private final Set<String> simulated = new java.util.HashSet<>();
  private final Map<String, Integer> requestsSoFar = new HashMap<>();
  private final Map<String, Integer> declined = new HashMap<>();
  private final Set<String> toldToVerify = new java.util.HashSet<>();

  public LimitMonth(ApplicationContext app) {
    this.engine = app.getBean(ProcessEngine.class);
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.ledger = app.getBean(LedgerPort.class);
    this.limits = app.getBean(WithdrawalLimits.class);
    this.jdbc = app.getBean(JdbcClient.class);
    this.baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  /** An event of the month: a customer asks, or a person works a case's task. */
  private record Event(Instant at, int order, Runnable action) {}

  /** Runs the month and measures it. The engine's clock is left at the end of the month. */
  public MonthReport run(Plan plan) {
    Random random = new Random(plan.seed());
    Random agents = new Random(plan.seed() * 31 + 7);
    List<Account> accounts = accounts();
    PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingInt(Event::order));
    List<Request> done = new ArrayList<>();
    int[] order = {0};
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < plan.requests(); i++) {
      times.add(plan.start().plusSeconds((long) (random.nextDouble() * plan.length().toSeconds())));
    }
    times.sort(Comparator.naturalOrder());
    for (Instant at : times) {
      long seed = random.nextLong();
      events.add(new Event(at, order[0]++, () -> ask(at, accounts, new Random(seed), events, agents, order).ifPresent(done::add)));
    }
    while (!events.isEmpty()) {
      Event next = events.poll();
      moveClockTo(next.at());
      next.action().run();
    }
    moveClockTo(plan.start().plus(plan.length()));
    List<Request> measured = done.stream().map(this::measure).toList();
    return new MonthReport(plan, accounts.size(), measured, stillOpen());
  }

  // ---- the customers ---------------------------------------------------------------------

  /** The demo accounts the back office has limits for, read through the ledger. */
  private List<Account> accounts() {
    return jdbc.sql("select uid from ledger_account order by uid").query(String.class).list().stream()
        .filter(uid -> limits.limits(uid).map(l -> l.dailyLimitUsd().signum() > 0).orElse(false))
        .map(uid -> ledger.findAccount(uid).orElseThrow())
        .toList();
  }

  /** A customer asks at most this often in a month. */
  static final int MOST_REQUESTS = 4;

  /**
   * Verified accounts ask more than unverified ones, high-volume ones most. A customer who asked this
   * month is less likely to ask again, one who was declined much less, and one told to verify a higher
   * KYC level not before doing so; nobody asks more than {@link #MOST_REQUESTS} times. Empty when
   * nobody has anything left to ask.
   */
  private java.util.Optional<Account> pick(List<Account> accounts, Random random) {
    double[] weights = accounts.stream().mapToDouble(a -> {
      int asked = requestsSoFar.getOrDefault(a.uid(), 0);
      if (asked >= MOST_REQUESTS || toldToVerify.contains(a.uid())) {
        return 0;
      }
      double weight = a.status() != AccountStatus.ACTIVE ? 1 : a.kycLevel() == 0 ? 1.5 : 3;
      weight = HIGH_VOLUME.contains(a.uid()) ? weight * 2 : weight;
      return weight * Math.pow(0.35, asked) * Math.pow(0.2, declined.getOrDefault(a.uid(), 0));
    }).toArray();
    double total = java.util.Arrays.stream(weights).sum();
    if (total == 0) {
      return java.util.Optional.empty();
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0 && weights[i] > 0) {
        return java.util.Optional.of(accounts.get(i));
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return java.util.Optional.of(accounts.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  /** What kind of request: mostly a small increase. */
  private static String kind(Random random) {
    double r = random.nextDouble();
    return r < 0.80 ? "SMALL_INCREASE" : r < 0.88 ? "ABOVE_CEILING" : r < 0.92 ? "AT_CEILING" : r < 0.96 ? "LARGE_JUMP" : "NO_INCREASE";
  }

  private static final BigDecimal[] CEILINGS = {new BigDecimal("1000"), new BigDecimal("25000"), new BigDecimal("250000")};

  /**
   * The daily limit a customer asks for; none when that kind of request makes no sense for the
   * account (a customer already at the level's ceiling asks for more than it, not for a little more).
   */
  private static BigDecimal amount(String kind, BigDecimal current, int level, double share) {
    BigDecimal ceiling = CEILINGS[Math.min(level, CEILINGS.length - 1)];
    boolean below = current.compareTo(ceiling) < 0;
    BigDecimal asked = switch (kind) {
      case "SMALL_INCREASE" -> below ? current.multiply(BigDecimal.valueOf(1.2 + 0.8 * share)).min(ceiling) : null;
      case "AT_CEILING" -> below ? ceiling : null;
      case "LARGE_JUMP" -> below && current.multiply(BigDecimal.valueOf(6)).compareTo(ceiling) <= 0
          ? current.multiply(BigDecimal.valueOf(5.5 + 3.5 * share)).min(ceiling) : null;
      case "ABOVE_CEILING" -> ceiling.max(current).multiply(BigDecimal.valueOf(1.2 + 1.3 * share));
      default -> current;
    };
    if (asked == null) {
      return null;
    }
    BigDecimal step = asked.compareTo(new BigDecimal("5000")) < 0 ? new BigDecimal("100") : new BigDecimal("500");
    BigDecimal rounded = asked.divide(step, 0, RoundingMode.DOWN).multiply(step);
    return kind.equals("NO_INCREASE") || rounded.compareTo(current) > 0 ? rounded : null;
  }

  private static final String[] REASONS = {"TRADING_VOLUME", "TRADING_VOLUME", "TRADING_VOLUME", "TRADING_VOLUME", "ASSET_MIGRATION",
      "ASSET_MIGRATION", "BUSINESS_PAYMENTS", "BUSINESS_PAYMENTS", "OTHER", "OTHER"};

  /** A customer asks: which one and for what is drawn now, from the account as it stands; none when nobody has more to ask. */
  private java.util.Optional<Request> ask(Instant at, List<Account> accounts, Random random, PriorityQueue<Event> events, Random agents, int[] order) {
    Account account;
    BigDecimal current;
    String kind;
    BigDecimal asked;
    int tries = 0;
    do {
      var customer = pick(accounts, random);
      if (customer.isEmpty() || tries++ > 200) {
        return java.util.Optional.empty();
      }
      account = ledger.findAccount(customer.get().uid()).orElseThrow();
      current = limits.limits(account.uid()).orElseThrow().dailyLimitUsd();
      kind = kind(random);
      asked = amount(kind, current, account.kycLevel(), random.nextDouble());
      if (asked == null && random.nextDouble() < 0.25) {
        // Most customers already at their level's ceiling do not ask; some ask for more than it.
        kind = "ABOVE_CEILING";
        asked = amount(kind, current, account.kycLevel(), random.nextDouble());
      }
    } while (asked == null);
    requestsSoFar.merge(account.uid(), 1, Integer::sum);
    Account now = account;
    double share = random.nextDouble();
    String locale = LANGUAGES[random.nextInt(LANGUAGES.length)];
    int reason = random.nextInt(REASONS.length);
    boolean recentChange = ledger.securityChanges(account.uid(), at.minus(Duration.ofDays(30))).stream().anyMatch(c -> !c.at().isAfter(at));
    String tier = TIERS.getOrDefault(account.uid(), "STANDARD");
    ObjectNode body = json.createObjectNode();
    body.put("type", "WITHDRAWAL_LIMIT_INCREASE");
    body.put("customerUid", account.uid());
    body.put("channel", tier.equals("STANDARD") ? (share < 0.3 ? "EMAIL_TICKET" : "WEB_FORM") : tier.equals("VIP") ? "VIP_CONCIERGE" : "EMAIL_TICKET");
    body.put("tier", tier);
    body.put("locale", locale);
    body.put("subject", "Raise my daily withdrawal limit");
    ObjectNode details = body.putObject("details");
    details.put("requestedDailyLimitUsd", asked);
    details.put("reason", REASONS[reason]);
    if (REASONS[reason].equals("BUSINESS_PAYMENTS") || asked.compareTo(new BigDecimal("100000")) > 0) {
      details.putArray("documents").addObject().put("kind", "PROOF_OF_FUNDS")
          .put("uri", "s3://exchange-limit-documents/" + account.uid() + "/proof-of-funds-" + order[0] + ".pdf")
          .put("sha256", sha256(account.uid() + order[0]));
    }
    long started = System.nanoTime();
    String caseNumber = open(body);
    simulated.add(caseNumber);
    runDueJobs();
    long millis = (System.nanoTime() - started) / 1_000_000;
    scheduleWork(caseNumber, at, events, agents, order);
    remember(account.uid(), caseNumber);
    return java.util.Optional.of(new Request(at, account.uid(), tier, current, asked, kind, now.status(), recentChange, caseNumber, millis, null, null, null, false, false));
  }

  /** What the customer learnt from an answer decided at once: verify first, or do not ask again so soon. */
  private void remember(String uid, String caseNumber) {
    String outcome = jdbc.sql("select outcome from cd_case where case_number = :n").param("n", caseNumber).query(String.class).optional().orElse(null);
    if ("NEEDS_KYC_LEVEL".equals(outcome)) {
      toldToVerify.add(uid);
    } else if ("DECLINED".equals(outcome)) {
      declined.merge(uid, 1, Integer::sum);
    }
  }

  // ---- the people of the desk ------------------------------------------------------------

  /** A person opens the case's task some hours later. */
  private void scheduleWork(String caseNumber, Instant from, PriorityQueue<Event> events, Random agents, int[] order) {
    if (tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count() == 0) {
      return;
    }
    Instant at = from.plus(Duration.ofMinutes(60 + agents.nextInt(5 * 60)));
    double choice = agents.nextDouble();
    events.add(new Event(at, order[0]++, () -> {
      work(caseNumber, choice);
      runDueJobs();
      if ("REJECTED".equals(jdbc.sql("select outcome from cd_case where case_number = :n").param("n", caseNumber).query(String.class).optional().orElse(null))) {
        declined.merge(jdbc.sql("select customer_uid from cd_case where case_number = :n").param("n", caseNumber).query(String.class).single(), 1, Integer::sum);
      }
      scheduleWork(caseNumber, at, events, agents, order);
    }));
  }

  /** How reviewers decide: with the reason the table gave, as a desk's reviewers would, more or less. */
  private void work(String caseNumber, double choice) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      Map<String, Object> v = tasks.getVariables(task.getId());
      String reason = (String) v.get(WithdrawalLimitVariables.LIMIT_DECISION_REASON);
      Map<String, Object> decision = new HashMap<>();
      if (task.getTaskDefinitionKey().equals("Task_ComplianceApproval")) {
        decision.put("decision", choice < 0.85 ? "APPROVE" : "REJECT");
      } else {
        double approveShare = switch (reason) {
          case "RECENT_SECURITY_CHANGE" -> 0.55;
          case "OPEN_DISPUTE" -> 0.4;
          case "NEW_ACCOUNT" -> 0.7;
          case "ABOVE_CEILING" -> 0.65;
          case "LARGE_INCREASE_WITHOUT_HISTORY" -> 0.6;
          default -> 0;
        };
        if (choice < approveShare) {
          BigDecimal requested = BigDecimal.valueOf(((Number) v.get(WithdrawalLimitVariables.REQUESTED_DAILY_LIMIT_USD)).doubleValue());
          BigDecimal current = BigDecimal.valueOf(((Number) v.get(WithdrawalLimitVariables.CURRENT_DAILY_LIMIT_USD)).doubleValue());
          BigDecimal approved = reason.equals("LARGE_INCREASE_WITHOUT_HISTORY")
              ? requested.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).max(current.add(BigDecimal.ONE)) : requested;
          decision.put("decision", "APPROVE");
          decision.put(WithdrawalLimitVariables.APPROVED_DAILY_LIMIT_USD, approved.doubleValue());
          decision.put("comment", "Checked with the customer");
        }
      }
      if (!decision.containsKey("decision") || "REJECT".equals(decision.get("decision"))) {
        decision.put("decision", "REJECT");
        decision.put("reasonCode", switch (reason == null ? "" : reason) {
          case "RECENT_SECURITY_CHANGE", "SAFETY_OVERRIDE" -> "SECURITY_CONCERN";
          case "OPEN_DISPUTE" -> "DISPUTE_OPEN";
          case "LARGE_INCREASE_WITHOUT_HISTORY" -> "WITHDRAWAL_HISTORY_TOO_SHORT";
          default -> "SOURCE_OF_FUNDS_UNCLEAR";
        });
        decision.put("comment", "Not enough to raise the limit");
      }
      String person = person(task, (String) v.get("reviewedBy"));
      identity.setAuthentication(person, identity.createGroupQuery().groupMember(person).list().stream().map(g -> g.getId()).toList());
      try {
        tasks.complete(task.getId(), decision);
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /** A member of the task's queue; for a second approval, not the first reviewer. */
  private String person(Task task, String reviewer) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        for (User user : identity.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc().list()) {
          if (!user.getId().equals(reviewer)) {
            return user.getId();
          }
        }
      }
    }
    throw new IllegalStateException("Nobody can work task " + task.getId());
  }

  // ---- the engine in compressed time -----------------------------------------------------

  private void moveClockTo(Instant at) {
    if (at.isAfter(ClockUtil.getCurrentTime().toInstant())) {
      ClockUtil.setCurrentTime(Date.from(at));
    }
    runDueJobs();
  }

  /** The due jobs of the month's cases, as the job executor would run them (other cases' jobs stay). */
  private void runDueJobs() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().list().stream().filter(job -> simulated.contains(caseOf(job))).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming due");
  }

  private String caseOf(Job job) {
    if (job.getProcessInstanceId() == null) {
      return null;
    }
    return businessKeys.computeIfAbsent(job.getProcessInstanceId(), id -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
      return instance == null ? "" : instance.getBusinessKey();
    });
  }

  private long stillOpen() {
    return simulated.stream().filter(n -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(n).count() > 0).count();
  }

  // ---- measuring -------------------------------------------------------------------------

  private Request measure(Request r) {
    Map<String, Object> row = jdbc.sql("select outcome from cd_case where case_number = :n").param("n", r.caseNumber()).query().singleRow();
    Map<String, Object> decided = jdbc.sql("select decision, reason from cd_withdrawal_limit_request where case_number = :n")
        .param("n", r.caseNumber()).query().singleRow();
    boolean person = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(r.caseNumber()).count() > 0;
    boolean fourEyes = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(r.caseNumber())
        .taskDefinitionKey("Task_ComplianceApproval").count() > 0;
    return new Request(r.at(), r.uid(), r.tier(), r.current(), r.asked(), r.kind(), r.status(), r.recentSecurityChange(), r.caseNumber(),
        r.decisionMillis(), (String) decided.get("DECISION"), (String) decided.get("REASON"), (String) row.get("OUTCOME"), person, fourEyes);
  }

  private String open(ObjectNode body) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/cases"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + CaseApi.INTAKE_API_KEY)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("Intake refused " + body + ": " + response.statusCode() + " " + response.body());
      }
      return json.readTree(response.body()).get("caseNumber").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String seed) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The month's figures. */
  public record MonthReport(Plan plan, int accounts, List<Request> requests, long stillOpen) {

    public int total() {
      return requests.size();
    }

    public long withoutAPerson() {
      return requests.stream().filter(r -> !r.person()).count();
    }

    public double automationRate() {
      return total() == 0 ? 0 : (double) withoutAPerson() / total();
    }

    /** Approved without a person although the account was not active or its security changed in the 30 days before. */
    public List<Request> unsafeAutomaticApprovals() {
      return requests.stream()
          .filter(r -> !r.person() && "APPROVED".equals(r.outcome()))
          .filter(r -> r.status() != AccountStatus.ACTIVE || r.recentSecurityChange())
          .toList();
    }

    public long restrictedRequests() {
      return requests.stream().filter(r -> r.status() != AccountStatus.ACTIVE).count();
    }

    public long recentlyChangedRequests() {
      return requests.stream().filter(Request::recentSecurityChange).count();
    }

    public long fourEyes() {
      return requests.stream().filter(Request::fourEyes).count();
    }

    long percentileMillis(double p) {
      List<Long> automatic = requests.stream().filter(r -> !r.person()).map(Request::decisionMillis).sorted().toList();
      return automatic.isEmpty() ? 0 : automatic.get((int) Math.min(automatic.size() - 1, Math.ceil(p / 100 * automatic.size()) - 1));
    }

    private Map<String, Long> count(java.util.function.Predicate<Request> which, java.util.function.Function<Request, String> by) {
      return requests.stream().filter(which).collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    /** The figures as a table for people. */
    public String table() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "Withdrawal-limit requests, simulated month from %s (%d days, seed %d): %d requests from %d demo accounts%s%n",
          plan.start(), plan.length().toDays(), plan.seed(), total(), accounts,
          total() < plan.requests() ? " (" + plan.requests() + " planned; the customers had nothing more to ask)" : ""));
      s.append(String.format(Locale.ROOT, "%n| measure | requests | share |%n|---|---:|---:|%n"));
      row(s, "decided without a person", withoutAPerson());
      count(r -> !r.person(), r -> r.outcome() + (r.reason() == null || "APPROVED".equals(r.outcome()) || "NEEDS_KYC_LEVEL".equals(r.outcome()) ? "" : " (" + r.reason() + ")"))
          .forEach((k, v) -> row(s, "  " + k, v));
      row(s, "reviewed by a person", total() - withoutAPerson());
      count(Request::person, r -> r.reason() + " → " + r.outcome()).forEach((k, v) -> row(s, "  " + k, v));
      row(s, "  of them with a second approval by compliance (four eyes)", fourEyes());
      row(s, "requests from frozen or closed accounts", restrictedRequests());
      row(s, "  approved without a person", requests.stream().filter(r -> r.status() != AccountStatus.ACTIVE && !r.person() && "APPROVED".equals(r.outcome())).count());
      row(s, "requests from accounts with a security change in the 30 days before", recentlyChangedRequests());
      row(s, "  approved without a person", requests.stream().filter(r -> r.recentSecurityChange() && !r.person() && "APPROVED".equals(r.outcome())).count());
      s.append(String.format(Locale.ROOT, "%nAutomation rate: %.1f %% (target at least 85 %%). Unsafe automatic approvals: %d. Cases still open at the month's end: %d.%n",
          100 * automationRate(), unsafeAutomaticApprovals().size(), stillOpen));
      s.append(String.format(Locale.ROOT, "Automatic decisions from POST /api/cases to the decision on this machine: p50 %d ms, p95 %d ms, max %d ms.%n",
          percentileMillis(50), percentileMillis(95), percentileMillis(100)));
      return s.toString();
    }

    private void row(StringBuilder s, String label, long count) {
      s.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% |%n", label, count, total() == 0 ? 0 : 100.0 * count / total()));
    }

    /** The figures as JSON, for the record. */
    public Map<String, Object> figures() {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("start", plan.start().toString());
      f.put("days", plan.length().toDays());
      f.put("seed", plan.seed());
      f.put("requests", total());
      f.put("accounts", accounts);
      f.put("withoutAPerson", withoutAPerson());
      f.put("automationRate", automationRate());
      f.put("unsafeAutomaticApprovals", unsafeAutomaticApprovals().size());
      f.put("restrictedRequests", restrictedRequests());
      f.put("recentlyChangedRequests", recentlyChangedRequests());
      f.put("fourEyes", fourEyes());
      f.put("byOutcome", requests.stream().collect(Collectors.groupingBy(r -> r.decision() + "/" + r.reason() + "/" + r.outcome(), TreeMap::new, Collectors.counting())));
      f.put("decisionMillisP50", percentileMillis(50));
      f.put("decisionMillisP95", percentileMillis(95));
      f.put("stillOpen", stillOpen);
      return f;
    }
  }
}
