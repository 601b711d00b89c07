package io.casedesk.whitelist;

import io.casedesk.chain.Chain;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The {@code details} of a WHITELIST_CHANGE case: add a withdrawal address to the account's whitelist,
 * or remove one. The address must be one the chain accepts (checksum, network), with the memo or
 * destination tag where the chain needs one.
 */
public record WhitelistChangeDetails(
    @NotNull Action action,
    @NotNull Chain chain,
    @NotBlank @Pattern(regexp = "[A-Z0-9]{2,12}", message = "must be the asset's ticker, such as ETH, BTC or USDT") String asset,
    @NotBlank @Size(max = 100) String address,
    @Schema(description = "memo or destination tag; XRP and Stellar need one") @Size(max = 64) String memo,
    @Schema(description = "the customer's name for the address, shown in the address book") @Size(max = 64) String label) {

  public enum Action {
    /** Add the address; usable after the customer's confirmation and the cooling-off. */
    ADD,
    /** Remove the address at once, after the customer's confirmation. */
    REMOVE
  }
}
