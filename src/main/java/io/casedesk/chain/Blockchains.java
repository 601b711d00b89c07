package io.casedesk.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The {@link BlockchainPort}: asks each chain through the adapter its settings name. */
@Component
class Blockchains implements BlockchainPort {

  private final ChainSettings settings;
  private final ObjectMapper objectMapper;
  private final DemoChain demo;

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
      case EVM -> new EvmJsonRpcChain(URI.create(s.getUrl()), s.getTimeout(), objectMapper).address(address);
      case ESPLORA -> new EsploraChain(s.getUrl(), s.getTimeout(), objectMapper).address(address);
    };
  }

  @Override
  public TransactionStatus transaction(Chain chain, String txId) {
    ChainSettings.Settings s = settings.of(chain);
    return switch (s.getAdapter()) {
      case DEMO -> demo.transaction(chain, txId, s.getBlockTime());
      case EVM -> new EvmJsonRpcChain(URI.create(s.getUrl()), s.getTimeout(), objectMapper).transaction(txId);
      case ESPLORA -> new EsploraChain(s.getUrl(), s.getTimeout(), objectMapper).transaction(txId);
    };
  }
}
