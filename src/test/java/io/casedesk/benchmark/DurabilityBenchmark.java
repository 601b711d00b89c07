package io.casedesk.benchmark;

import io.casedesk.CaseDeskApplication;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.FileSystemUtils;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the durable H2 default costs: case intake on an H2 file database with H2's default write delay
 * (500 ms: commits acknowledged before they are written) and with CaseDesk's {@code WRITE_DELAY=0}
 * (each commit written to the file before it returns), the same closed loop of clients as the intake
 * benchmark, two rounds of each in turn after an unreported warm-up. Run with
 * {@code mvn -Pbenchmark verify -Dbenchmark.main=io.casedesk.benchmark.DurabilityBenchmark}.
 */
public final class DurabilityBenchmark {

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    measure(benchmark, "warm-up", 0, 5);
    Map<String, List<double[]>> rounds = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {
      for (int writeDelay : new int[] {500, 0}) {
        rounds.computeIfAbsent("WRITE_DELAY=" + writeDelay, k -> new java.util.ArrayList<>())
            .add(measure(benchmark, "write-delay-" + writeDelay + "-" + round, writeDelay, Benchmark.SECONDS));
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
  private static double[] measure(Benchmark benchmark, String name, int writeDelay, int seconds) throws Exception {
    Path directory = Path.of("target", "benchmark", "h2-" + name);
    FileSystemUtils.deleteRecursively(directory);
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("casedesk") + ";AUTO_SERVER=FALSE;WRITE_DELAY=" + writeDelay;
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseDeskApplication.class).profiles("demo")
        .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
            "--camunda.bpm.process-engine-name=durability" + name.replace("-", ""),
            "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR")) {
      int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
      benchmark.closedLoop(port, 3, new Stats(), new AtomicInteger());
      Stats latency = new Stats();
      AtomicInteger failures = new AtomicInteger();
      long started = System.nanoTime();
      benchmark.closedLoop(port, seconds, latency, failures);
      double elapsed = (System.nanoTime() - started) / 1e9;
      double[] m = {latency.count() / elapsed, latency.percentile(50), latency.percentile(95), latency.percentile(99), failures.get()};
      System.out.printf(Locale.ROOT, "== %s: %.1f cases/s, p50 %.0f ms, p95 %.0f ms%n", name, m[0], m[1], m[2]);
      return m;
    }
  }
}
