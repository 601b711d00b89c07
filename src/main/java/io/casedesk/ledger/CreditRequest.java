package io.casedesk.ledger;

import java.math.BigDecimal;

/** The desk asks the back office to credit a deposit it verified on chain. */
public record CreditRequest(String customerUid, String chain, String asset, String txId, BigDecimal amount, String requestedBy) {}
