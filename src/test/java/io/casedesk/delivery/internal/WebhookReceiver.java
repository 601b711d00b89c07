package io.casedesk.delivery.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The exchange's back end as the tests play it: a real HTTP server on 127.0.0.1 that checks every
 * request's {@code CaseDesk-Signature} itself, as the README tells receivers to (any {@code v1} made
 * with one of its secrets over {@code "<t>.<body>"}, and {@code t} within five minutes of its clock),
 * answers 401 to a wrong one, and remembers what it accepted by idempotency key, so a test sees a
 * delivery that came twice. It can be told to answer 500 a number of times, and be stopped and
 * started again on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

  static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** One request as it arrived. */
  record Received(String event, String idempotencyKey, String signature, String body, boolean verified, int answered) {

    com.fasterxml.jackson.databind.JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final List<String> secrets;
  private final Supplier<Instant> clock;
  private final List<Received> requests = new ArrayList<>();
  private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile String failingCase = "";
  private final AtomicInteger served = new AtomicInteger();
  private int port;
  private HttpServer server;

  private WebhookReceiver(List<String> secrets, Supplier<Instant> clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A receiver holding these secrets, judging timestamps by {@code clock} (the desk's engine clock in tests). */
  static WebhookReceiver start(Supplier<Instant> clock, String... secrets) {
    WebhookReceiver receiver = new WebhookReceiver(List.of(secrets), clock);
    receiver.listen(0);
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + port + "/casedesk/webhooks";
  }

  /** Answers the next {@code times} requests about the case with HTTP 500. */
  void failNext(int times, String caseNumber) {
    failingCase = caseNumber;
    failures.set(times);
  }

  /** Goes away: connections are refused until {@link #comeBack()}. */
  void goDown() {
    server.stop(0);
  }

  void comeBack() {
    listen(port);
  }

  synchronized List<Received> requests() {
    return List.copyOf(requests);
  }

  /** The requests about one case (the receiver also gets other tests' leftovers). */
  synchronized List<Received> requestsFor(String caseNumber) {
    return requests.stream().filter(r -> r.body().contains("\"caseNumber\":\"" + caseNumber + "\"")).toList();
  }

  /** The bodies this receiver accepted (signature valid, 2xx answered), in the order they arrived. */
  synchronized List<Received> acceptedRequests() {
    return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
  }

  /** How often a delivery with this idempotency key was accepted. */
  int timesAccepted(String idempotencyKey) {
    AtomicInteger times = accepted.get(idempotencyKey);
    return times == null ? 0 : times.get();
  }

  private void listen(int onPort) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/casedesk/webhooks", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String signature = exchange.getRequestHeaders().getFirst("CaseDesk-Signature");
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    boolean verified = verify(signature, body);
    int status;
    if (!verified) {
      status = 401;
    } else if (body.contains("\"caseNumber\":\"" + failingCase + "\"") && failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      status = 500;
    } else {
      status = 200;
      accepted.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
    synchronized (this) {
      requests.add(new Received(exchange.getRequestHeaders().getFirst("CaseDesk-Event"), key, signature, body, verified, status));
    }
    exchange.getResponseHeaders().add("X-Request-Id", "rcv-" + served.incrementAndGet());
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** The check a receiver makes: {@code t=<seconds>,v1=<hex>[,v1=<hex>]}. */
  boolean verify(String header, String body) {
    if (header == null) {
      return false;
    }
    Long t = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[0].equals("t")) {
        t = Long.parseLong(kv[1]);
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        signatures.add(kv[1]);
      }
    }
    if (t == null || Math.abs(clock.get().getEpochSecond() - t) > TOLERANCE.toSeconds()) {
      return false;
    }
    for (String secret : secrets) {
      byte[] expected = HexFormat.of().formatHex(hmac(secret, t + "." + body)).getBytes(StandardCharsets.US_ASCII);
      for (String signature : signatures) {
        if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
