package io.casedesk.cluster;

import io.casedesk.cluster.CaseMix.Request;
import io.casedesk.support.DeskNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The exchange's back end opening cases: a few clients in parallel, each request sent to a node as a
 * load balancer would choose it, and on a node that does not answer (connection refused, reset by a
 * kill) sent again with the same Idempotency-Key, to the next node, as a client retries. Remembers
 * which case each key got; a key answered with two different cases is a duplicate.
 */
final class Intake {

  private final DeskHttp http = new DeskHttp();
  /** Key to the case its first 201 named. */
  final Map<String, String> accepted = new ConcurrentHashMap<>();
  final Map<String, Request> requests = new ConcurrentHashMap<>();
  /** Keys answered 201 with another case than their first 201: each one a duplicate. */
  final Queue<String> conflicting = new ConcurrentLinkedQueue<>();
  /** Requests a node refused (4xx): none may be, the load is valid. */
  final Queue<String> refused = new ConcurrentLinkedQueue<>();
  final AtomicInteger retries = new AtomicInteger();

  /**
   * Sends every request, {@code clients} at a time; request i goes to {@code nodes.apply(i)} first, then
   * to the others in turn. Returns when all were answered or given up on (every node failed twice).
   */
  void open(List<Request> load, int clients, IntFunction<List<DeskNode>> nodes) {
    Queue<Integer> next = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < load.size(); i++) {
      next.add(i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (int c = 0; c < clients; c++) {
        pool.submit(() -> {
          for (Integer i; (i = next.poll()) != null; ) {
            send(load.get(i), nodes.apply(i));
          }
        });
      }
      pool.shutdown();
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new AssertionError("intake did not finish in 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sends one request until a node answers it; true if it was accepted (201). */
  boolean send(Request request, List<DeskNode> nodes) {
    requests.put(request.key(), request);
    List<DeskNode> order = new ArrayList<>(nodes);
    order.addAll(nodes);
    for (int attempt = 0; attempt < order.size(); attempt++) {
      DeskNode node = order.get(attempt);
      if (attempt > 0) {
        retries.incrementAndGet();
      }
      try {
        DeskHttp.Response response = http.openCase(node, request.body(), request.key());
        if (response.status() == 201) {
          record(request.key(), response.json().get("caseNumber").asText());
          return true;
        }
        if (response.status() < 500) {
          refused.add(request.key() + ": " + response.status() + " " + response.body());
          return false;
        }
      } catch (IOException e) {
        // The node is down or died with the request in flight: the next one gets the same key.
      }
    }
    return false;
  }

  private void record(String key, String caseNumber) {
    String first = accepted.putIfAbsent(key, caseNumber);
    if (first != null && !first.equals(caseNumber)) {
      conflicting.add(key);
    }
  }
}
