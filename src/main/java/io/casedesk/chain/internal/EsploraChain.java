package io.casedesk.chain.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort.ChainUnavailableException;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus.Transfer;
import io.casedesk.chain.TransactionStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bitcoin over Esplora's REST API: {@code GET /tx/:txid} (outputs and confirmation status) and
 * {@code GET /blocks/tip/height} (for the number of confirmations).
 */
class EsploraChain {

  static final BigDecimal SATOSHI_PER_BITCOIN = BigDecimal.TEN.pow(8);

  private final String baseUrl;
  private final JsonHttp http;

  EsploraChain(String baseUrl, Duration timeout, ObjectMapper objectMapper) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http = new JsonHttp(timeout, objectMapper);
  }

  TransactionStatus transaction(String txId) {
    JsonHttp.Answer answer = http.get(URI.create(baseUrl + "/tx/" + txId));
    if (answer.status() == 404 || answer.status() == 400) {
      return TransactionStatus.notFound();
    }
    if (answer.status() != 200) {
      throw new ChainUnavailableException("Esplora answered HTTP " + answer.status() + " for a transaction");
    }
    JsonNode tx = http.json(answer);
    List<Transfer> transfers = new ArrayList<>();
    for (JsonNode output : tx.path("vout")) {
      if (output.hasNonNull("scriptpubkey_address")) {
        transfers.add(new Transfer(
            output.get("scriptpubkey_address").asText(),
            new BigDecimal(output.path("value").asLong()).divide(SATOSHI_PER_BITCOIN),
            null));
      }
    }
    JsonNode status = tx.path("status");
    if (!status.path("confirmed").asBoolean()) {
      return new TransactionStatus(State.PENDING, 0, transfers);
    }
    long confirmations = tipHeight() - status.path("block_height").asLong() + 1;
    return new TransactionStatus(State.CONFIRMED, Math.max(1, confirmations), transfers);
  }

  /** {@code GET /address/:address}: confirmed and mempool transactions; Bitcoin has no contracts. */
  AddressFacts address(String address) {
    JsonHttp.Answer answer = http.get(URI.create(baseUrl + "/address/" + address));
    if (answer.status() == 400 || answer.status() == 404) {
      return new AddressFacts(false, 0, null);
    }
    if (answer.status() != 200) {
      throw new ChainUnavailableException("Esplora answered HTTP " + answer.status() + " for an address");
    }
    JsonNode facts = http.json(answer);
    long count = facts.path("chain_stats").path("tx_count").asLong() + facts.path("mempool_stats").path("tx_count").asLong();
    return new AddressFacts(false, count, null);
  }

  private long tipHeight() {
    JsonHttp.Answer answer = http.get(URI.create(baseUrl + "/blocks/tip/height"));
    if (answer.status() != 200) {
      throw new ChainUnavailableException("Esplora answered HTTP " + answer.status() + " for the tip height");
    }
    try {
      return Long.parseLong(answer.body().trim());
    } catch (NumberFormatException e) {
      throw new ChainUnavailableException("Esplora's tip height is not a number", e);
    }
  }
}
