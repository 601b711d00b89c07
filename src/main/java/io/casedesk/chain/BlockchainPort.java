package io.casedesk.chain;

/**
 * What CaseDesk asks a blockchain. Adapters translate their transport's failures into
 * {@link ChainUnavailableException}, which the engine retries and, in the end, turns into an incident.
 */
public interface BlockchainPort {

  TransactionStatus transaction(Chain chain, String txId);

  AddressFacts address(Chain chain, String address);

  /** The node could not be reached or answered with an error. */
  class ChainUnavailableException extends RuntimeException {
    public ChainUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }

    public ChainUnavailableException(String message) {
      super(message);
    }
  }
}
