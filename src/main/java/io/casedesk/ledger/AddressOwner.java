package io.casedesk.ledger;

/** Whose deposit address an address (and memo) is. */
public record AddressOwner(Ownership ownership, String customerUid) {

  public enum Ownership {
    /** A deposit address of this customer. */
    CUSTOMER,
    /** The exchange's shared address, but no customer's memo or tag. */
    EXCHANGE_WITHOUT_MEMO,
    /** Not an address of the exchange. */
    NOT_EXCHANGE
  }

  public static AddressOwner customer(String uid) {
    return new AddressOwner(Ownership.CUSTOMER, uid);
  }

  public static AddressOwner of(Ownership ownership) {
    return new AddressOwner(ownership, null);
  }
}
