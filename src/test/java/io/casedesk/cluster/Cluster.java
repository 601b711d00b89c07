package io.casedesk.cluster;

import io.casedesk.support.DeskNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Nodes on one real PostgreSQL, started as production starts them: the postgres profile with the
 * connection from the environment, here together with the demo profile (demo users and the embedded
 * back office, so the nodes need no other systems). Timers are short so that they fire during a test:
 * the reply wait and the chains' settings by command-line properties, the SLA clocks by a copy of the
 * analysts' decision table with second-level clocks, deployed through the engine REST API as an
 * analyst would deploy it.
 */
final class Cluster implements AutoCloseable {

  static final Duration START = Duration.ofMinutes(3);

  /** Short clocks for the reply wait and the Ethereum deposit re-checks. */
  static List<String> shortTimers(Duration reminderAfter, Duration closeAfter) {
    return List.of(
        "--casedesk.customer-reply.reminder-after=" + reminderAfter,
        "--casedesk.customer-reply.close-after=" + closeAfter,
        "--casedesk.chains.ETHEREUM.confirmations=3",
        "--casedesk.chains.ETHEREUM.block-time=PT1S",
        "--casedesk.chains.ETHEREUM.recheck-after=PT2S",
        // The jobs a killed node had locked go to another node once their lock expires (default 5 minutes).
        "--camunda.bpm.job-execution.lock-time-in-millis=15000");
  }

  private final EmbeddedPostgres postgres;
  private final List<DeskNode> nodes = new ArrayList<>();

  Cluster() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** A node on this database (not started yet). */
  DeskNode node(String name, List<String> arguments) {
    List<String> all = new ArrayList<>(List.of("--spring.profiles.active=postgres,demo"));
    all.addAll(arguments);
    DeskNode node = new DeskNode(name, Path.of("target", "it-nodes", name).toAbsolutePath(), Map.of(
        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "postgres"), all);
    nodes.add(node);
    return node;
  }

  List<DeskNode> alive() {
    return nodes.stream().filter(DeskNode::alive).toList();
  }

  /** Kills every node, then stops the database. */
  @Override
  public void close() throws IOException {
    try {
      nodes.forEach(DeskNode::close);
    } finally {
      postgres.close();
    }
  }

  /** Deploys the desk's sla-policy table with every first-response and resolution clock replaced, as analyst1. */
  static void deploySlaPolicy(DeskNode node, Duration firstResponse, Duration resolution) throws IOException {
    String table;
    try (InputStream in = Cluster.class.getClassLoader().getResourceAsStream("processes/sla-policy.dmn")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String seconds = table
        .replaceAll("(<outputEntry id=\"OutputEntry_\\w+_FirstResponse\"><text>)\"[^\"]*\"", "$1\"" + firstResponse + "\"")
        .replaceAll("(<outputEntry id=\"OutputEntry_\\w+_Resolution\"><text>)\"[^\"]*\"", "$1\"" + resolution + "\"");
    if (seconds.equals(table)) {
      throw new IllegalStateException("sla-policy.dmn has no clocks to replace");
    }
    DeskHttp.Response deployed = new DeskHttp().deploy(node, "analyst1", "sla-policy-test-clocks", "sla-policy.dmn", seconds);
    if (deployed.status() != 200) {
      throw new AssertionError("deploying the test clocks failed: " + deployed.status() + " " + deployed.body());
    }
  }
}
