package io.casedesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.CaseDeskApplication;
import io.casedesk.chain.Chain;
import io.casedesk.chain.ChainSettings;
import io.casedesk.support.AnvilNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the desk side by side on the Camunda starter's stock configuration and on CaseDesk's own,
 * in one run (this machine's absolute speed drifts; the ratios hold). Prints a table and writes
 * target/benchmark/results.json. Run with {@code mvn -Pbenchmark verify}; sizes can be lowered with
 * -Dbenchmark.tasks, -Dbenchmark.timers, -Dbenchmark.seconds for a quick look.
 */
public final class Benchmark {

  static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
  static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);
  static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
  static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
  static final String[] LOCALES = {"en", "zh-CN", "ru", "es", "vi", "tr", "en-GB", "pt-BR"};
  static final String[] CHANNELS = {"EMAIL_TICKET", "WEB_FORM", "EMAIL_TICKET", "VIP_CONCIERGE"};

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicLong documentNumbers = new AtomicLong(50_000_000);

  public static void main(String[] args) throws Exception {
    new Benchmark().run();
  }

  void run() throws Exception {
    // One unreported round first, so that neither configuration pays for the JVM's warm-up.
    System.out.println("== warm-up (not reported)");
    warmUp();
    Map<String, Map<String, Double>> results = new LinkedHashMap<>();
    for (String configuration : List.of("stock", "casedesk")) {
      System.out.println("== " + configuration + " configuration");
      results.put(configuration, measure(configuration));
    }
    Path out = Path.of("target/benchmark");
    Files.createDirectories(out);
    ObjectNode report = json.createObjectNode();
    report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap, " + System.getProperty("java.version"));
    report.put("at", Instant.now().toString());
    report.set("stock", json.valueToTree(results.get("stock")));
    report.set("casedesk", json.valueToTree(results.get("casedesk")));
    Files.writeString(out.resolve("results.json"), json.writeValueAsString(report));
    printTable(results);
  }

  private void warmUp() throws Exception {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseDeskApplication.class).profiles("demo")
        .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:mem:benchmark-warmup;DB_CLOSE_DELAY=-1",
            "--camunda.bpm.process-engine-name=benchmarkWarmup", "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR")) {
      closedLoop(((ServletWebServerApplicationContext) app).getWebServer().getPort(), 5, new Stats(), new AtomicInteger());
    }
  }

  private Map<String, Double> measure(String configuration) throws Exception {
    Map<String, Double> m = new LinkedHashMap<>();
    long startNanos = System.nanoTime();
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0", "--server.address=127.0.0.1",
        "--spring.datasource.url=jdbc:h2:mem:benchmark-" + configuration + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=benchmark" + configuration,
        "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR"));
    String[] profiles = configuration.equals("stock") ? new String[] {"demo", "benchmark-stock"} : new String[] {"demo"};
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseDeskApplication.class).profiles(profiles).run(arguments.toArray(String[]::new))) {
      m.put("startup_seconds", (System.nanoTime() - startNanos) / 1e9);
      System.gc();
      m.put("rss_idle_mib", rssMib());
      int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
      ProcessEngine engine = app.getBean(ProcessEngine.class);

      intake(port, m);
      m.put("rss_after_intake_mib", rssMib());
      inbox(app, engine, m);
      escalationStorm(app, engine, m);
      onChainVerdict(app, port, m);
      m.put("rss_after_load_mib", rssMib());
    }
    return m;
  }

  // ---- 1. intake --------------------------------------------------------------------------

  private void intake(int port, Map<String, Double> m) throws Exception {
    Stats latency = new Stats();
    AtomicInteger failures = new AtomicInteger();
    closedLoop(port, 3, new Stats(), new AtomicInteger()); // warm-up
    long started = System.nanoTime();
    closedLoop(port, SECONDS, latency, failures);
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = latency.count() / seconds;
    m.put("intake_cases_per_second", rate);
    m.put("intake_p50_ms", latency.percentile(50));
    m.put("intake_p95_ms", latency.percentile(95));
    m.put("intake_p99_ms", latency.percentile(99));
    m.put("intake_failures", (double) failures.get());

    // 4x the steady rate, open loop, for a fixed time: does a backlog build up, does anything fail?
    double surgeRate = 4 * rate;
    Stats surge = new Stats();
    AtomicInteger surgeFailures = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(64);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long periodMicros = Math.max(1, (long) (1_000_000 / surgeRate));
    long surgeSeconds = Math.max(5, SECONDS / 2);
    AtomicInteger sent = new AtomicInteger();
    clock.scheduleAtFixedRate(() -> {
      sent.incrementAndGet();
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      workers.submit(() -> {
        try {
          long t0 = System.nanoTime();
          if (openCase(port) != 201) {
            surgeFailures.incrementAndGet();
          }
          surge.add((System.nanoTime() - t0) / 1e6);
        } catch (Exception e) {
          surgeFailures.incrementAndGet();
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }, 0, periodMicros, TimeUnit.MICROSECONDS);
    clock.awaitTermination(surgeSeconds, TimeUnit.SECONDS);
    clock.shutdownNow();
    int backlogAtEnd = inFlight.get();
    long drainStart = System.nanoTime();
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.MINUTES);
    m.put("surge_offered_per_second", surgeRate);
    m.put("surge_served_per_second", surge.count() / (surgeSeconds + (System.nanoTime() - drainStart) / 1e9));
    m.put("surge_backlog_at_end", (double) backlogAtEnd);
    m.put("surge_max_in_flight", (double) maxInFlight.get());
    m.put("surge_p95_ms", surge.percentile(95));
    m.put("surge_failures", (double) surgeFailures.get());
    System.out.printf(Locale.ROOT, "   intake %.1f/s p95 %.0f ms; surge %.1f/s offered, backlog %d%n", rate, latency.percentile(95), surgeRate, backlogAtEnd);
  }

  void closedLoop(int port, int seconds, Stats latency, AtomicInteger failures) throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        while (System.nanoTime() < until) {
          long t0 = System.nanoTime();
          try {
            if (openCase(port) != 201) {
              failures.incrementAndGet();
            }
          } catch (Exception e) {
            failures.incrementAndGet();
          }
          latency.add((System.nanoTime() - t0) / 1e6);
        }
      });
    }
    clients.shutdown();
    clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
  }

  /** A realistic mix: KYC in every language and channel (some incomplete), and deposit traces. */
  private int openCase(int port) throws IOException, InterruptedException {
    Random random = new Random();
    ObjectNode body = random.nextInt(5) == 0 ? depositTrace(random) : kyc(random);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("intake:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private ObjectNode kyc(Random random) {
    ObjectNode r = json.createObjectNode();
    r.put("type", "KYC_VERIFICATION");
    r.put("customerUid", String.valueOf(10000001 + random.nextInt(36)));
    r.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
    r.put("tier", random.nextInt(10) == 0 ? "VIP" : "STANDARD");
    r.put("locale", LOCALES[random.nextInt(LOCALES.length)]);
    r.put("subject", "Please verify my account");
    ObjectNode d = r.putObject("details");
    d.put("level", 1 + random.nextInt(2));
    ObjectNode a = d.putObject("applicant");
    a.put("firstName", "Mei");
    a.put("lastName", "Chen");
    a.put("dateOfBirth", "1988-02-1" + random.nextInt(10));
    a.put("nationality", "SG");
    ObjectNode doc = d.putObject("identityDocument");
    doc.put("type", "PASSPORT");
    doc.put("number", "K" + documentNumbers.incrementAndGet());
    doc.put("issuingCountry", "SG");
    doc.put("expiresOn", "2032-01-31");
    var documents = d.putArray("documents");
    documents.addObject().put("kind", "PASSPORT").put("uri", "s3://kyc/p.jpg").put("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    if (random.nextInt(4) > 0) {
      documents.addObject().put("kind", "SELFIE").put("uri", "s3://kyc/s.jpg").put("sha256", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    }
    return r;
  }

  private ObjectNode depositTrace(Random random) {
    ObjectNode r = json.createObjectNode();
    r.put("type", "DEPOSIT_TRACE");
    r.put("customerUid", "10000001");
    r.put("channel", "WEB_FORM");
    r.put("tier", "STANDARD");
    r.put("locale", LOCALES[random.nextInt(LOCALES.length)]);
    r.put("subject", "My deposit has not arrived");
    ObjectNode d = r.putObject("details");
    d.put("chain", "ETHEREUM");
    d.put("asset", "ETH");
    d.put("txId", "0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6");
    return r;
  }

  // ---- 2. agent inbox -----------------------------------------------------------------------

  private void inbox(ConfigurableApplicationContext app, ProcessEngine engine, Map<String, Double> m) {
    TaskService tasks = engine.getTaskService();
    TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
    String[] queues = {"kycEn", "kycZh", "kycRu", "kycEs", "kycVi", "kycTr", "supportEn", "supportZh", "vipconcierge", "security"};
    Random random = new Random(42);
    long t0 = System.nanoTime();
    long existing = tasks.createTaskQuery().count(); // the intake's review tasks count towards the open tasks
    for (int done = 0; done < TASKS - existing; ) {
      int batch = (int) Math.min(1000, TASKS - existing - done);
      transactions.executeWithoutResult(tx -> {
        for (int i = 0; i < batch; i++) {
          Task task = tasks.newTask();
          task.setName("Review KYC application");
          task.setPriority(random.nextInt(100));
          task.setDueDate(Date.from(Instant.now().plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)))));
          tasks.saveTask(task);
          tasks.addCandidateGroup(task.getId(), queues[random.nextInt(queues.length)]);
        }
      });
      done += batch;
    }
    m.put("inbox_setup_seconds", (System.nanoTime() - t0) / 1e9);
    m.put("inbox_open_tasks", (double) tasks.createTaskQuery().count());
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("agentEn", List.of("supportEn", "kycEn"));
    try {
      Stats list = new Stats();
      Stats count = new Stats();
      for (int i = 0; i < 150; i++) {
        long a = System.nanoTime();
        tasks.createTaskQuery().taskCandidateGroup("kycEn").orderByTaskPriority().desc().orderByDueDate().asc().listPage(0, 15);
        long b = System.nanoTime();
        tasks.createTaskQuery().taskCandidateGroup("kycEn").count();
        long c = System.nanoTime();
        if (i >= 50) {
          list.add((b - a) / 1e6);
          count.add((c - b) / 1e6);
        }
      }
      m.put("inbox_page_p50_ms", list.percentile(50));
      m.put("inbox_page_p95_ms", list.percentile(95));
      m.put("inbox_count_p50_ms", count.percentile(50));
      m.put("inbox_count_p95_ms", count.percentile(95));
      System.out.printf(Locale.ROOT, "   inbox page p95 %.1f ms, count p95 %.1f ms%n", list.percentile(95), count.percentile(95));
    } finally {
      identity.clearAuthentication();
    }
  }

  // ---- 3. escalation storm ----------------------------------------------------------------

  static final String STORM_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Storm" targetNamespace="http://casedesk.io/benchmark">
        <bpmn:process id="benchmark-escalation-storm" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Event_Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Event_SlaDue" />
          <bpmn:intermediateCatchEvent id="Event_SlaDue">
            <bpmn:timerEventDefinition id="Timer_SlaDue"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${due}</bpmn:timeDate></bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Event_SlaDue" targetRef="Event_End" />
          <bpmn:endEvent id="Event_End" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private void escalationStorm(ConfigurableApplicationContext app, ProcessEngine engine, Map<String, Double> m) throws InterruptedException {
    RepositoryService repository = engine.getRepositoryService();
    RuntimeService runtime = engine.getRuntimeService();
    HistoryService history = engine.getHistoryService();
    repository.createDeployment().name("benchmark-storm").addString("storm.bpmn", STORM_MODEL).deploy();
    TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
    // Everything falls due at one instant, far enough ahead for all timers to be created first.
    Instant due = Instant.now().plusSeconds(Math.max(30, TIMERS / 200));
    for (int done = 0; done < TIMERS; done += 500) {
      int batch = Math.min(500, TIMERS - done);
      transactions.executeWithoutResult(tx -> {
        for (int i = 0; i < batch; i++) {
          runtime.startProcessInstanceByKey("benchmark-escalation-storm", Variables.putValue("due", Date.from(due)));
        }
      });
    }
    while (Instant.now().isBefore(due)) {
      Thread.sleep(200);
    }
    long fired;
    do {
      Thread.sleep(250);
      fired = history.createHistoricProcessInstanceQuery().processDefinitionKey("benchmark-escalation-storm").finished().count();
    } while (fired < TIMERS && Duration.between(due, Instant.now()).toMinutes() < 20);
    var last = history.createHistoricProcessInstanceQuery().processDefinitionKey("benchmark-escalation-storm").finished()
        .orderByProcessInstanceEndTime().desc().listPage(0, 1).get(0);
    double lateSeconds = Duration.between(due, last.getEndTime().toInstant()).toMillis() / 1000.0;
    m.put("storm_timers", (double) TIMERS);
    m.put("storm_fired", (double) fired);
    m.put("storm_last_fired_late_seconds", lateSeconds);
    System.out.printf(Locale.ROOT, "   storm: %d of %d fired, the last %.1f s late%n", fired, TIMERS, lateSeconds);
  }

  // ---- 4. on-chain verdict ----------------------------------------------------------------

  private void onChainVerdict(ConfigurableApplicationContext app, int port, Map<String, Double> m) throws Exception {
    ChainSettings chains = app.getBean(ChainSettings.class);
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    try (AnvilNode anvil = AnvilNode.start()) {
      ChainSettings.Settings onAnvil = new ChainSettings.Settings();
      onAnvil.setAdapter(ChainSettings.Adapter.EVM);
      onAnvil.setUrl(anvil.url());
      onAnvil.setConfirmations(1);
      chains.getChains().put(Chain.ETHEREUM, onAnvil);
      jdbc.sql("insert into ledger_deposit_address (chain, address, memo, customer_uid, created_at) values ('ETHEREUM', :a, null, '10000012', current_timestamp)")
          .param("a", AnvilNode.ACCOUNT_1.toLowerCase(Locale.ROOT)).update();
      Stats seconds = new Stats();
      for (int i = 0; i < 5; i++) {
        String tx = anvil.sendEther(AnvilNode.ACCOUNT_0, AnvilNode.ACCOUNT_1, new BigDecimal("0.1"));
        ObjectNode r = depositTrace(new Random());
        r.put("customerUid", "10000012");
        ((ObjectNode) r.get("details")).put("txId", tx);
        long t0 = System.nanoTime();
        String caseNumber = post(port, r).get("caseNumber").asText();
        while (!"RESOLVED".equals(get(port, "/api/cases/" + caseNumber).get("status").asText())) {
          Thread.sleep(20);
          if ((System.nanoTime() - t0) > 120_000_000_000L) {
            throw new IllegalStateException("No verdict for " + caseNumber + " in 2 minutes");
          }
        }
        seconds.add((System.nanoTime() - t0) / 1e9 * 1000);
      }
      m.put("verdict_p50_seconds", seconds.percentile(50) / 1000);
      m.put("verdict_max_seconds", seconds.percentile(100) / 1000);
      System.out.printf(Locale.ROOT, "   on-chain verdict median %.2f s%n", seconds.percentile(50) / 1000);
    }
  }

  private JsonNode post(int port, ObjectNode body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
        .header("Content-Type", "application/json").header("Authorization", basic())
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private JsonNode get(int port, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic()).GET().build();
    return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString("intake:demo".getBytes(StandardCharsets.UTF_8));
  }

  // ---- 5. footprint and the table ---------------------------------------------------------

  private static double rssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      // not Linux: no figure
    }
    return Double.NaN;
  }

  private static void printTable(Map<String, Map<String, Double>> results) {
    Map<String, Double> stock = results.get("stock");
    Map<String, Double> ours = results.get("casedesk");
    System.out.println();
    System.out.printf(Locale.ROOT, "%-32s %14s %14s %10s%n", "measure", "stock starter", "CaseDesk", "ratio");
    for (String key : stock.keySet()) {
      double s = stock.get(key);
      double c = ours.getOrDefault(key, Double.NaN);
      System.out.printf(Locale.ROOT, "%-32s %14.2f %14.2f %10s%n", key, s, c, s == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c / s));
    }
    System.out.println("(results also in target/benchmark/results.json)");
  }
}
