package io.casedesk.chain;

/** Blockchains the desk traces deposits on, by the family of their address and transaction formats. */
public enum Chain {
  ETHEREUM(Family.EVM, false),
  POLYGON(Family.EVM, false),
  BITCOIN(Family.BITCOIN, false),
  TRON(Family.TRON, false),
  XRP(Family.XRP, true),
  STELLAR(Family.STELLAR, true);

  public enum Family {
    EVM,
    BITCOIN,
    TRON,
    XRP,
    STELLAR
  }

  private final Family family;
  private final boolean memoRequired;

  Chain(Family family, boolean memoRequired) {
    this.family = family;
    this.memoRequired = memoRequired;
  }

  public Family family() {
    return family;
  }

  /** Exchanges credit deposits on these chains by memo or destination tag on a shared address. */
  public boolean memoRequired() {
    return memoRequired;
  }
}
