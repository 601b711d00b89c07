package io.casedesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator: clients in this process (not in the desk's) that open cases over HTTP, spread
 * round robin over the nodes given. The mix is 80 % KYC in every language, channel and tier (a quarter
 * of them without a selfie, so they ask the customer) and 20 % deposit traces; the bare engine's is
 * complete KYC applications only. {@link Kind#CASEDESK}
 * posts to {@code /api/cases}; {@link Kind#BARE_ENGINE} starts the same type's process with the same
 * variables through {@code /engine-rest/process-definition/key/{key}/start}, as a team would without
 * the desk (no validation, triage, registry, SLA clocks or lifecycle).
 */
final class IntakeLoad {

  enum Kind { CASEDESK, BARE_ENGINE }

  static final String INTAKE_KEY = "Bearer cdk_demointake.demo-key-of-the-intake-account";
  private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
  private static final String[] LOCALES = {"en", "zh-CN", "ru", "es", "vi", "tr", "en-GB", "pt-BR"};
  private static final String[] LANGUAGES = {"en", "zh", "ru", "es", "vi", "tr", "en", "en"};
  private static final String[] CHANNELS = {"EMAIL_TICKET", "WEB_FORM", "EMAIL_TICKET", "VIP_CONCIERGE"};
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicLong documentNumbers = new AtomicLong(50_000_000);
  private final AtomicLong bareCases = new AtomicLong();
  private final AtomicInteger next = new AtomicInteger();
  private final Kind kind;
  private final List<Integer> ports;
  final int clients;
  private final boolean completeKycOnly;

  IntakeLoad(Kind kind, List<Integer> ports, int clients) {
    // The type processes write notifications for their case, which a bare engine start has not registered
    // (cd_notification refers to cd_case): the bare engine gets the KYC applications that need no message.
    this(kind, ports, clients, kind == Kind.BARE_ENGINE);
  }

  private IntakeLoad(Kind kind, List<Integer> ports, int clients, boolean completeKycOnly) {
    this.kind = kind;
    this.ports = List.copyOf(ports);
    this.clients = clients;
    this.completeKycOnly = completeKycOnly;
  }

  /** The same clients with the bare engine's mix: complete KYC applications only. */
  IntakeLoad asBareEngineMix() {
    return new IntakeLoad(kind, ports, clients, true);
  }

  /** {@code clients} clients, each opening one case after the other for the given time. */
  void closedLoop(Duration time, Stats latency, AtomicInteger failures) throws InterruptedException {
    long until = System.nanoTime() + time.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        while (System.nanoTime() < until) {
          timedOpen(latency, failures);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(time.toSeconds() + 120, TimeUnit.SECONDS);
  }

  /** The surge: requests at a fixed rate (open loop) for the given time; the backlog at its end and how fast it drained. */
  Surge openLoop(double perSecond, Duration time) throws InterruptedException {
    Stats latency = new Stats();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(64);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    clock.scheduleAtFixedRate(() -> {
      inFlight.incrementAndGet();
      workers.submit(() -> {
        try {
          timedOpen(latency, failures);
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }, 0, Math.max(1, (long) (1_000_000 / perSecond)), TimeUnit.MICROSECONDS);
    clock.awaitTermination(time.toSeconds(), TimeUnit.SECONDS);
    clock.shutdownNow();
    int backlog = inFlight.get();
    long drainStart = System.nanoTime();
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.MINUTES);
    double served = latency.count() / (time.toSeconds() + (System.nanoTime() - drainStart) / 1e9);
    return new Surge(perSecond, served, backlog, latency.percentile(95), failures.get());
  }

  record Surge(double offered, double served, int backlog, double p95Millis, int failures) {}

  private void timedOpen(Stats latency, AtomicInteger failures) {
    long t0 = System.nanoTime();
    try {
      int status = open(new Random());
      if (status != 201 && status != 200) {
        failures.incrementAndGet();
      }
    } catch (IOException e) {
      failures.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    latency.add((System.nanoTime() - t0) / 1e6);
  }

  /** Opens one case of the mix; its HTTP status. */
  int open(Random random) throws IOException, InterruptedException {
    ObjectNode body = completeKycOnly ? withSelfie(kyc(random)) : random.nextInt(5) == 0 ? depositTrace(random) : kyc(random);
    int port = ports.get(Math.floorMod(next.getAndIncrement(), ports.size()));
    HttpRequest.Builder request = kind == Kind.CASEDESK
        ? HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases")).header("Authorization", INTAKE_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        : HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/process-definition/key/"
                + processKey(body) + "/start")).header("Authorization", ADMIN)
            .POST(HttpRequest.BodyPublishers.ofString(engineStart(body, random).toString()));
    return http.send(request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String processKey(ObjectNode body) {
    return body.get("type").asText().equals("KYC_VERIFICATION") ? "kyc-verification" : "deposit-trace";
  }

  /** What the desk's intake hands the type's process, as a bare engine client would send it. */
  private ObjectNode engineStart(ObjectNode body, Random random) {
    String caseNumber = "BARE-" + bareCases.incrementAndGet();
    Instant now = Instant.now();
    boolean vip = body.get("channel").asText().equals("VIP_CONCIERGE");
    Duration firstResponse = vip ? Duration.ofHours(2) : Duration.ofHours(24);
    Duration resolution = vip ? Duration.ofHours(8) : Duration.ofHours(72);
    ObjectNode start = json.createObjectNode();
    start.put("businessKey", caseNumber);
    ObjectNode v = start.putObject("variables");
    put(v, "caseNumber", caseNumber, "String");
    put(v, "caseType", body.get("type").asText(), "String");
    put(v, "processKey", processKey(body), "String");
    put(v, "locale", LANGUAGES[random.nextInt(LANGUAGES.length)], "String");
    put(v, "subject", body.get("subject").asText(), "String");
    v.putObject("priority").put("value", vip ? 90 : 50).put("type", "Integer");
    put(v, "firstResponseDue", ENGINE_DATE.format(now.plus(firstResponse)), "Date");
    put(v, "firstResponseAtRisk", ENGINE_DATE.format(now.plus(firstResponse.multipliedBy(3).dividedBy(4))), "Date");
    put(v, "resolutionDue", ENGINE_DATE.format(now.plus(resolution)), "Date");
    put(v, "resolutionAtRisk", ENGINE_DATE.format(now.plus(resolution.multipliedBy(3).dividedBy(4))), "Date");
    put(v, "customerUid", body.get("customerUid").asText(), "String");
    put(v, "channel", body.get("channel").asText(), "String");
    put(v, "tier", body.get("tier").asText(), "String");
    put(v, "description", "", "String");
    put(v, "queue", body.get("type").asText().equals("KYC_VERIFICATION") ? "kyc" : "support", "String");
    put(v, "caseDetails", body.get("details").toString(), "Json");
    if (body.get("type").asText().equals("KYC_VERIFICATION")) {
      v.putObject("kycLevel").put("value", body.at("/details/level").asInt()).put("type", "Integer");
    } else {
      put(v, "chain", body.at("/details/chain").asText(), "String");
      put(v, "asset", body.at("/details/asset").asText(), "String");
      put(v, "txId", body.at("/details/txId").asText(), "String");
      v.putObject("recheckCount").put("value", 0).put("type", "Integer");
    }
    return start;
  }

  private static void put(ObjectNode variables, String name, String value, String type) {
    variables.putObject(name).put("value", value).put("type", type);
  }

  ObjectNode kyc(Random random) {
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

  static ObjectNode withSelfie(ObjectNode kyc) {
    var documents = (com.fasterxml.jackson.databind.node.ArrayNode) kyc.at("/details/documents");
    if (documents.size() == 1) {
      documents.addObject().put("kind", "SELFIE").put("uri", "s3://kyc/s.jpg").put("sha256", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    }
    return kyc;
  }

  ObjectNode depositTrace(Random random) {
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
}
