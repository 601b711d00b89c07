package io.casedesk.chain.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.AddressFacts;
import io.casedesk.chain.BlockchainPort;
import io.casedesk.chain.Chain;
import io.casedesk.chain.ChainSettings;
import io.casedesk.chain.TransactionStatus;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The {@link BlockchainPort}: asks each chain through the adapter its settings name. */
@Component
class Blockchains implements BlockchainPort {

  private final ChainSettings settings;
  private final ObjectMapper objectMapper;
  private final DemoChain demo;
  /** One client per chain's settings: each holds an HTTP client and its connections. */
  private final Map<ChainSettings.Settings, EvmJsonRpcChain> evm = new ConcurrentHashMap<>();
  private final Map<ChainSettings.Settings, EsploraChain> esplora = new ConcurrentHashMap<>();

  Blockchains(ChainSettings settings, ObjectMapper objectMapper, Clock clock) {
    this.settings = settings;
    this.objectMapper = objectMapper;
    this.demo = new DemoChain(objectMapper, clock);
  }

  @Override
  public AddressFacts address(Chain chain, String address) {
    ChainSettings.Settings s = settings.of(chain);
    return switch (s.getAdapter()) {
      case DEMO -> demo.address(chain, address);
      case EVM -> evm(chain, s).address(address);
      case ESPLORA -> esplora(chain, s).address(address);
    };
  }

  @Override
  public TransactionStatus transaction(Chain chain, String txId) {
    ChainSettings.Settings s = settings.of(chain);
    return switch (s.getAdapter()) {
      case DEMO -> demo.transaction(chain, txId, s.getBlockTime());
      case EVM -> evm(chain, s).transaction(txId);
      case ESPLORA -> esplora(chain, s).transaction(txId);
    };
  }

  private EvmJsonRpcChain evm(Chain chain, ChainSettings.Settings s) {
    return evm.computeIfAbsent(s, k -> new EvmJsonRpcChain(URI.create(url(chain, k)), k.getTimeout(), objectMapper));
  }

  private EsploraChain esplora(Chain chain, ChainSettings.Settings s) {
    return esplora.computeIfAbsent(s, k -> new EsploraChain(url(chain, k), k.getTimeout(), objectMapper));
  }

  private static String url(Chain chain, ChainSettings.Settings s) {
    if (s.getUrl() == null || s.getUrl().isBlank()) {
      throw new IllegalStateException("casedesk.chains." + chain + ".url is needed for the " + s.getAdapter() + " adapter");
    }
    return s.getUrl();
  }
}
