package io.casedesk.ledger.internal;

import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.WithdrawalLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Withdrawal limits over the back office's HTTP API ({@code GET /accounts/{uid}/withdrawal-limits},
 * {@code PUT /accounts/{uid}/withdrawal-limits/daily} with an {@code Idempotency-Key}), as written down
 * in {@code src/main/resources/ledger/exchange-back-office-api.yaml}.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpWithdrawalLimits implements WithdrawalLimits {

  private final BackOfficeHttp backOffice;
  private final RestClient http;

  HttpWithdrawalLimits(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
    this.http = backOffice.client();
  }

  record LimitsJson(String uid, BigDecimal dailyLimitUsd, BigDecimal monthlyLimitUsd, Instant accountOpenedAt, Instant updatedAt) {}

  record DailyLimitJson(BigDecimal dailyLimitUsd, String requestedBy) {}

  record ChangeJson(String uid, BigDecimal previousDailyLimitUsd, BigDecimal dailyLimitUsd, BigDecimal monthlyLimitUsd, String idempotencyKey, Instant changedAt) {}

  @Override
  public Optional<AccountLimits> limits(String uid) {
    return backOffice.optional(() -> http.get().uri("/accounts/{uid}/withdrawal-limits", uid).retrieve().body(LimitsJson.class))
        .map(l -> new AccountLimits(l.uid(), l.dailyLimitUsd(), l.monthlyLimitUsd(), l.accountOpenedAt(), l.updatedAt()));
  }

  @Override
  public LimitChange setDailyLimit(DailyLimitChange change) {
    ChangeJson made = backOffice.call(() -> http.put().uri("/accounts/{uid}/withdrawal-limits/daily", change.uid())
        .header("Idempotency-Key", change.idempotencyKey())
        .contentType(MediaType.APPLICATION_JSON)
        .body(new DailyLimitJson(change.dailyLimitUsd(), change.requestedBy()))
        .retrieve()
        .onStatus(s -> s.value() == 404, (request, response) -> {
          throw new UnknownAccountException(change.uid());
        })
        .onStatus(s -> s.value() == 409, (request, response) -> {
          throw new ConflictingLimitChangeException(change.idempotencyKey());
        })
        .body(ChangeJson.class));
    return new LimitChange(made.uid(), made.previousDailyLimitUsd(), made.dailyLimitUsd(), made.monthlyLimitUsd(), made.idempotencyKey(), made.changedAt());
  }
}
