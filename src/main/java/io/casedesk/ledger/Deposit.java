package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** A deposit the back office credited: where (ledger entry, account), what and when. */
public record Deposit(
    String ledgerEntryId, String customerUid, String chain, String asset, String txId, BigDecimal amount, Instant creditedAt, String creditedBy) {}
