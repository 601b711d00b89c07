package io.casedesk.chain.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort.ChainUnavailableException;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus.Transfer;
import io.casedesk.chain.TransactionStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An EVM chain over JSON-RPC: {@code eth_getTransactionByHash} (exists, pending, recipient, value),
 * {@code eth_getTransactionReceipt} (success or failure) and {@code eth_blockNumber} (confirmations).
 */
class EvmJsonRpcChain {

  static final BigDecimal WEI_PER_ETHER = BigDecimal.TEN.pow(18);

  private final URI url;
  private final JsonHttp http;
  private final AtomicLong ids = new AtomicLong();

  EvmJsonRpcChain(URI url, Duration timeout, ObjectMapper objectMapper) {
    this.url = url;
    this.http = new JsonHttp(timeout, objectMapper);
  }

  TransactionStatus transaction(String txHash) {
    JsonNode tx = call("eth_getTransactionByHash", txHash);
    if (tx.isNull()) {
      return TransactionStatus.notFound();
    }
    Transfer transfer = new Transfer(
        tx.path("to").isTextual() ? tx.get("to").asText() : null,
        new BigDecimal(quantity(tx.path("value"))).divide(WEI_PER_ETHER),
        null);
    if (tx.path("blockNumber").isNull() || tx.path("blockNumber").isMissingNode()) {
      return new TransactionStatus(State.PENDING, 0, List.of(transfer));
    }
    JsonNode receipt = call("eth_getTransactionReceipt", txHash);
    if (receipt.isNull()) {
      return new TransactionStatus(State.PENDING, 0, List.of(transfer));
    }
    long block = quantity(receipt.path("blockNumber")).longValueExact();
    long tip = quantity(call("eth_blockNumber")).longValueExact();
    State state = "0x1".equals(receipt.path("status").asText()) ? State.CONFIRMED : State.FAILED;
    return new TransactionStatus(state, Math.max(0, tip - block + 1), List.of(transfer));
  }

  /** eth_getCode tells a contract; eth_getTransactionCount counts the transactions the address sent. */
  AddressFacts address(String address) {
    String code = call("eth_getCode", address, "latest").asText();
    long sent = quantity(call("eth_getTransactionCount", address, "latest")).longValueExact();
    return new AddressFacts(!"0x".equals(code) && !code.isEmpty(), sent, null);
  }

  private JsonNode call(String method, Object... params) {
    JsonHttp.Answer answer = http.postJson(url, Map.of("jsonrpc", "2.0", "id", ids.incrementAndGet(), "method", method, "params", List.of(params)));
    if (answer.status() != 200) {
      throw new ChainUnavailableException("JSON-RPC " + method + " answered HTTP " + answer.status());
    }
    JsonNode response = http.json(answer);
    if (response.has("error")) {
      throw new ChainUnavailableException("JSON-RPC " + method + " failed: " + response.path("error").path("message").asText());
    }
    return response.path("result");
  }

  private static BigInteger quantity(JsonNode hex) {
    String text = hex.asText();
    if (!text.startsWith("0x")) {
      throw new ChainUnavailableException("Not a JSON-RPC quantity: " + text);
    }
    return new BigInteger(text.substring(2).isEmpty() ? "0" : text.substring(2), 16);
  }
}
