package io.casedesk.statementrequest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The {@code details} of a STATEMENT_REQUEST: the period and why the customer needs it. */
public record StatementRequestDetails(
    @NotNull @PastOrPresent LocalDate from,
    @NotNull @PastOrPresent LocalDate to,
    @NotNull Purpose purpose) {

  public enum Purpose {
    TAX,
    AUDIT,
    OTHER
  }
}
