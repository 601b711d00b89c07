package io.casedesk.chain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per chain: which adapter answers ({@code demo}, {@code evm} JSON-RPC, {@code esplora} REST), its
 * URL, how many confirmations make a deposit final, the average block time (to tell a customer when
 * to expect the credit) and how often a confirming deposit is checked again.
 */
@ConfigurationProperties("casedesk")
public class ChainSettings {

  private Map<Chain, Settings> chains = new EnumMap<>(Chain.class);

  public Map<Chain, Settings> getChains() {
    return chains;
  }

  public void setChains(Map<Chain, Settings> chains) {
    this.chains = chains;
  }

  public Settings of(Chain chain) {
    Settings settings = chains.get(chain);
    if (settings == null) {
      throw new IllegalStateException("No settings for chain " + chain + " (casedesk.chains." + chain + ")");
    }
    return settings;
  }

  public enum Adapter {
    DEMO,
    EVM,
    ESPLORA
  }

  public static class Settings {
    private Adapter adapter = Adapter.DEMO;
    private String url;
    private int confirmations = 1;
    private Duration blockTime = Duration.ofSeconds(10);
    private Duration recheckAfter = Duration.ofMinutes(1);
    private Duration timeout = Duration.ofSeconds(10);
    private String network = "mainnet";

    public Adapter getAdapter() {
      return adapter;
    }

    public void setAdapter(Adapter adapter) {
      this.adapter = adapter;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public int getConfirmations() {
      return confirmations;
    }

    public void setConfirmations(int confirmations) {
      this.confirmations = confirmations;
    }

    public Duration getBlockTime() {
      return blockTime;
    }

    public void setBlockTime(Duration blockTime) {
      this.blockTime = blockTime;
    }

    public Duration getRecheckAfter() {
      return recheckAfter;
    }

    public void setRecheckAfter(Duration recheckAfter) {
      this.recheckAfter = recheckAfter;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    /** Bitcoin network of addresses: mainnet, testnet, signet or regtest. */
    public String getNetwork() {
      return network;
    }

    public void setNetwork(String network) {
      this.network = network;
    }
  }
}
