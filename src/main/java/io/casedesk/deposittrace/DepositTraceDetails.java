package io.casedesk.deposittrace;

import io.casedesk.chain.Chain;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The {@code details} of a DEPOSIT_TRACE case: the chain and asset the customer sent, the
 * transaction id, and optionally the address and memo or tag the customer used.
 */
public record DepositTraceDetails(
    @NotNull Chain chain,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{2,12}", message = "must be the asset's ticker, such as ETH, BTC or USDT") String asset,
    @NotBlank @Size(max = 100) String txId,
    @Size(max = 100) String toAddress,
    @Size(max = 64) String memo) {}
