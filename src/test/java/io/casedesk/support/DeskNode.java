package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A CaseDesk node: the packaged jar ({@code target/casedesk-*.jar}, built by {@code package} before the
 * integration tests run) as an operating-system process of its own, on its own port, with its output in
 * {@code target/it-nodes/}. Every node is killed when its test ends, and by a shutdown hook should the
 * test JVM itself end first.
 */
public final class DeskNode implements AutoCloseable {

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  /** Lean JVMs for tests: two cores are shared by the test, the database and every node. */
  private static final List<String> TEST_JVM = List.of("-Xmx512m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  public final String name;
  public final int port;
  private final Path directory;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final Path log;
  private List<String> jvm = TEST_JVM;
  private Process process;
  private Instant startedAt;

  /**
   * @param name the node's name, also its engine host name (the job log records which node ran a job)
   * @param directory the working directory (the H2 default database lives in its ./data)
   */
  public DeskNode(String name, Path directory, Map<String, String> environment, List<String> arguments) {
    this.name = name;
    this.port = freePort();
    this.directory = directory;
    this.environment = environment;
    this.arguments = arguments;
    this.log = Path.of("target", "it-nodes", name + "-" + port + ".log").toAbsolutePath();
  }

  /** Runs the node with these JVM options instead of the lean test ones (the benchmark uses the desk's own). */
  public DeskNode jvm(List<String> options) {
    this.jvm = List.copyOf(options);
    return this;
  }

  public DeskNode start() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar().toString(), "--server.address=127.0.0.1", "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // The demo profile plays a day of cases into a fresh database; these nodes start without them.
        "--casedesk.rehearsal.demo-day.enabled=false"));
    command.addAll(arguments);
    try {
      Files.createDirectories(directory);
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      startedAt = Instant.now();
      process = builder.start();
      RUNNING.add(process);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node answers its readiness probe (start-up done), failing early if the process died. */
  public DeskNode awaitReady(Duration bound) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
    Poll.until(bound, name + " ready (see " + log + ")", () -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended with exit code " + process.exitValue() + " while starting; see " + log);
      }
      try {
        return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    });
    return this;
  }

  /** {@code kill -9}: SIGKILL, no shutdown of any kind. */
  public void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitForEnd(Duration.ofSeconds(30));
    }
  }

  /** An orderly stop (SIGTERM), as a restart by an operator; forced after a minute. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!waitForEnd(Duration.ofSeconds(60))) {
        kill();
      }
    }
  }

  /** The operating-system process id, for CPU and memory readings. */
  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  public Instant startedAt() {
    return startedAt;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() {
    kill();
    if (process != null) {
      RUNNING.remove(process);
    }
  }

  @Override
  public String toString() {
    return name + " on port " + port;
  }

  private boolean waitForEnd(Duration bound) {
    try {
      return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public static Path jar() {
    String configured = System.getProperty("casedesk.jar");
    if (configured != null && Files.exists(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath();
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("casedesk-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/casedesk-*.jar; run mvn verify, whose package phase builds it"))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
