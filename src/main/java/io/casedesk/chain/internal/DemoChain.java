package io.casedesk.chain.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.Chain;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus.Transfer;
import io.casedesk.chain.TransactionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chains of the demo: transactions from {@code demo/chain-transactions.json} that match the demo
 * ledger. A CONFIRMING transaction gains one confirmation per block time from the first look, so a
 * demo case shows the confirming stage and then resolves. Addresses whose facts the demo knows
 * (contracts such as token contracts, busy addresses) come from {@code demo/chain-addresses.json};
 * any other address is an ordinary one with the demo transactions that pay it.
 */
class DemoChain {

  record DemoTransfer(String toAddress, BigDecimal amount, String memo) {}

  record DemoTransaction(Chain chain, String txId, String state, long confirmations, List<DemoTransfer> transfers, String note) {}

  record DemoAddress(Chain chain, String address, boolean contract, long transactions, Instant firstSeen, String note) {}

  private final Map<String, DemoTransaction> transactions;
  private final Map<String, DemoAddress> addresses;
  private final Map<String, Instant> firstLook = new ConcurrentHashMap<>();
  private final Clock clock;

  DemoChain(ObjectMapper objectMapper, Clock clock) {
    this.clock = clock;
    this.transactions = read(objectMapper, "demo/chain-transactions.json", DemoTransaction[].class).stream()
        .collect(Collectors.toMap(t -> key(t.chain(), t.txId()), Function.identity()));
    this.addresses = read(objectMapper, "demo/chain-addresses.json", DemoAddress[].class).stream()
        .collect(Collectors.toMap(a -> key(a.chain(), a.address()), Function.identity()));
  }

  private static <T> List<T> read(ObjectMapper objectMapper, String resource, Class<T[]> type) {
    try (InputStream in = DemoChain.class.getClassLoader().getResourceAsStream(resource)) {
      return List.of(objectMapper.readerFor(type).without(
          com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).<T[]>readValue(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo chain data " + resource, e);
    }
  }

  TransactionStatus transaction(Chain chain, String txId, Duration blockTime) {
    DemoTransaction tx = transactions.get(key(chain, txId));
    if (tx == null) {
      return TransactionStatus.notFound();
    }
    List<Transfer> transfers = tx.transfers().stream().map(t -> new Transfer(t.toAddress(), t.amount(), t.memo())).toList();
    if ("CONFIRMING".equals(tx.state())) {
      Instant now = clock.instant();
      // A first look after now (the clock was set back, as a replay or a test with its own clock does)
      // starts over, so a confirming transaction never shows fewer than one confirmation.
      Instant first = firstLook.compute(key(chain, txId), (k, seen) -> seen == null || seen.isAfter(now) ? now : seen);
      long blocks = 1 + Duration.between(first, now).toSeconds() / Math.max(1, blockTime.toSeconds());
      return new TransactionStatus(State.CONFIRMED, blocks, transfers);
    }
    return new TransactionStatus(State.valueOf(tx.state()), tx.confirmations(), transfers);
  }

  AddressFacts address(Chain chain, String address) {
    DemoAddress known = addresses.get(key(chain, address));
    if (known != null) {
      return new AddressFacts(known.contract(), known.transactions(), known.firstSeen());
    }
    long count = transactions.values().stream()
        .filter(t -> t.chain() == chain && t.transfers().stream().anyMatch(tr -> tr.toAddress().equalsIgnoreCase(address)))
        .count();
    return new AddressFacts(false, count, null);
  }

  private static String key(Chain chain, String txId) {
    return chain + ":" + txId.toLowerCase();
  }
}
