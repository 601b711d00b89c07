package io.casedesk.chain;

/** Blockchains the desk traces deposits on, by the family of their address and transaction formats. */
public enum Chain {
  ETHEREUM(Family.EVM, false, "ETH"),
  POLYGON(Family.EVM, false, "POL"),
  BITCOIN(Family.BITCOIN, false, "BTC"),
  TRON(Family.TRON, false, "TRX"),
  XRP(Family.XRP, true, "XRP"),
  STELLAR(Family.STELLAR, true, "XLM");

  public enum Family {
    EVM,
    BITCOIN,
    TRON,
    XRP,
    STELLAR
  }

  private final Family family;
  private final boolean memoRequired;
  private final String nativeAsset;

  Chain(Family family, boolean memoRequired, String nativeAsset) {
    this.family = family;
    this.memoRequired = memoRequired;
    this.nativeAsset = nativeAsset;
  }

  /** The chain's own coin; the adapters read transfers of it (tokens are checked by an agent). */
  public String nativeAsset() {
    return nativeAsset;
  }

  public Family family() {
    return family;
  }

  /** Exchanges credit deposits on these chains by memo or destination tag on a shared address. */
  public boolean memoRequired() {
    return memoRequired;
  }
}
