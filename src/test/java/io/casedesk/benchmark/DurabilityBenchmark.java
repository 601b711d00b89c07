package io.casedesk.benchmark;

import io.casedesk.support.DeskNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.FileSystemUtils;

/**
 * What the durable H2 default costs: case intake on an H2 file database with H2's default write delay
 * (500 ms: commits acknowledged before they are written) and with CaseDesk's {@code WRITE_DELAY=0}
 * (each commit written to the file before it returns), the same clients as the intake benchmark, two
 * rounds of each in turn, each in a fresh desk process. Run with
 * {@code mvn -Pbenchmark verify -Dbenchmark.main=io.casedesk.benchmark.DurabilityBenchmark}.
 */
public final class DurabilityBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, List<double[]>> rounds = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {
      for (int writeDelay : new int[] {500, 0}) {
        rounds.computeIfAbsent("WRITE_DELAY=" + writeDelay, k -> new ArrayList<>())
            .add(measure("write-delay-" + writeDelay + "-" + round, writeDelay));
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-16s %12s %8s %8s %8s %9s%n", "H2 file", "cases/s", "p50 ms", "p95 ms", "p99 ms", "failures");
    for (Map.Entry<String, List<double[]>> r : rounds.entrySet()) {
      double[] mean = new double[5];
      for (double[] m : r.getValue()) {
        for (int i = 0; i < mean.length; i++) {
          mean[i] += m[i] / r.getValue().size();
        }
      }
      System.out.printf(Locale.ROOT, "%-16s %12.1f %8.0f %8.0f %8.0f %9.0f%n", r.getKey(), mean[0], mean[1], mean[2], mean[3], mean[4]);
    }
  }

  /** cases/s, p50, p95, p99 and failures of one round on a fresh database file. */
  private static double[] measure(String name, int writeDelay) throws Exception {
    Path directory = Path.of("target", "benchmark", "h2-" + name).toAbsolutePath();
    FileSystemUtils.deleteRecursively(directory);
    String url = "jdbc:h2:file:./data/casedesk;AUTO_SERVER=FALSE;WRITE_DELAY=" + writeDelay;
    try (DeskNode node = new DeskNode(name, directory, Map.of(), List.of("--spring.profiles.active=demo",
        "--spring.datasource.url=" + url, "--logging.level.root=WARN")).jvm(Benchmark.jvmOptions()).start()) {
      node.awaitReady(Benchmark.START);
      IntakeLoad load = new IntakeLoad(IntakeLoad.Kind.CASEDESK, List.of(node.port), Benchmark.CLIENTS);
      load.closedLoop(Duration.ofSeconds(5), new Stats(), new AtomicInteger());
      Stats latency = new Stats();
      AtomicInteger failures = new AtomicInteger();
      long started = System.nanoTime();
      load.closedLoop(Duration.ofSeconds(Benchmark.SECONDS), latency, failures);
      double elapsed = (System.nanoTime() - started) / 1e9;
      double[] m = {latency.count() / elapsed, latency.percentile(50), latency.percentile(95), latency.percentile(99), failures.get()};
      System.out.printf(Locale.ROOT, "== %s: %.1f cases/s, p50 %.0f ms, p95 %.0f ms%n", name, m[0], m[1], m[2]);
      return m;
    }
  }
}
