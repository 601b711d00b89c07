package io.casedesk.withdrawallimit;

import io.casedesk.casetype.DocumentReference;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code details} of a WITHDRAWAL_LIMIT_INCREASE case: the daily withdrawal limit the customer
 * asks for, why, and optionally documents such as a proof of funds.
 */
public record WithdrawalLimitDetails(
    @NotNull
        @Positive
        @Digits(integer = 12, fraction = 2, message = "must be an amount in USD with at most 2 decimals")
        @Schema(description = "The daily withdrawal limit asked for, in USD", example = "25000")
        BigDecimal requestedDailyLimitUsd,
    @NotNull Reason reason,
    @Size(max = 20) List<@NotNull @Valid DocumentReference> documents) {

  public List<DocumentReference> documentsOrEmpty() {
    return documents == null ? List.of() : documents;
  }

  /** Why the customer needs the higher limit. */
  public enum Reason {
    TRADING_VOLUME,
    BUSINESS_PAYMENTS,
    ASSET_MIGRATION,
    OTHER
  }
}
