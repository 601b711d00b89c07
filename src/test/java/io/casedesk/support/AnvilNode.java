package io.casedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real Ethereum node for tests: the {@code anvil} binary from the npm package
 * {@code @foundry-rs/anvil-linux-amd64} (installed by the build into src/test/anvil), listening on
 * 127.0.0.1 at a free port. Its first dev accounts are unlocked, so tests send real transactions
 * without signing, and mine blocks on demand.
 */
public final class AnvilNode implements AutoCloseable {

  static final Path BINARY = Path.of("src/test/anvil/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
  /** Dev accounts of anvil's default mnemonic. */
  public static final String ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  public static final String ACCOUNT_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long a sent transaction may take to be mined before the test fails. */
  static final java.time.Duration RECEIPT_WAIT = java.time.Duration.ofSeconds(30);
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private Process process;

  private AnvilNode(int port) {
    this.port = port;
  }

  public static AnvilNode start() {
    AnvilNode node = new AnvilNode(freePort());
    node.launch();
    return node;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the node; returns once it says it listens. */
  private void launch() {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException("anvil is not installed at " + BINARY + "; the build installs it (npm ci in src/test/anvil)");
    }
    try {
      process = new ProcessBuilder(BINARY.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--accounts", "3")
          .redirectErrorStream(true)
          .start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line; (line = out.readLine()) != null; ) {
        if (line.contains("Listening on")) {
          Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "anvil-output");
          drain.setDaemon(true);
          drain.start();
          return;
        }
      }
      throw new IllegalStateException("anvil exited before it listened (exit " + process.waitFor() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops the node; its chain is gone until {@link #restart(String)} loads a dumped state. */
  public void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the node again on the same port with the chain state of {@link #dumpState()}. */
  public void restart(String state) {
    launch();
    rpc("anvil_loadState", state);
  }

  public String dumpState() {
    return rpc("anvil_dumpState").asText();
  }

  /** Sends ether between dev accounts and returns the transaction hash once it is mined. */
  public String sendEther(String from, String to, BigDecimal ether) {
    BigInteger wei = ether.multiply(BigDecimal.TEN.pow(18)).toBigIntegerExact();
    return send(Map.of("from", from, "to", to, "value", "0x" + wei.toString(16)));
  }

  /**
   * Sends a transaction from an unlocked dev account and returns its hash once it is mined. Anvil
   * mines on arrival, but a busy machine can answer eth_sendTransaction before the block exists, so
   * this waits for the receipt (bounded), never for a time.
   */
  public String send(Map<String, String> transaction) {
    String hash = rpc("eth_sendTransaction", transaction).asText();
    receipt(hash);
    return hash;
  }

  /** The transaction's receipt, polled until the node has one (at most {@link #RECEIPT_WAIT}). */
  public JsonNode receipt(String hash) {
    long deadline = System.nanoTime() + RECEIPT_WAIT.toNanos();
    while (true) {
      JsonNode receipt = rpc("eth_getTransactionReceipt", hash);
      if (receipt != null && !receipt.isNull()) {
        return receipt;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("anvil has no receipt for " + hash + " after " + RECEIPT_WAIT);
      }
      Thread.onSpinWait();
    }
  }

  public void mine(int blocks) {
    rpc("anvil_mine", "0x" + Integer.toHexString(blocks));
  }

  public long blockNumber() {
    return new BigInteger(rpc("eth_blockNumber").asText().substring(2), 16).longValueExact();
  }

  public JsonNode rpc(String method, Object... params) {
    try {
      String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", List.of(params)));
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(url())).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = JSON.readTree(response.body());
      if (json.has("error")) {
        throw new IllegalStateException(method + " failed: " + json.get("error"));
      }
      return json.get("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
