package io.casedesk.ledger.internal;

import io.casedesk.ledger.AccountSecurityAdministration;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Account security over the back office's API (src/main/resources/ledger/exchange-back-office-api.yaml).
 * Each operation is a {@code PUT} or {@code DELETE} of a resource named by the case number, so a
 * retried call lands on the same reset or lock: idempotent by HTTP's own rules.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpAccountSecurityAdministration implements AccountSecurityAdministration {

  private final BackOfficeHttp backOffice;
  private final RestClient http;

  HttpAccountSecurityAdministration(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
    this.http = backOffice.client();
  }

  record ResetJson(String uid, String caseNumber, Instant resetAt) {}

  /** The end as ISO-8601 text, whatever the JSON mapper would make of an Instant. */
  record LockRequestJson(String lockedUntil) {}

  record LockJson(String uid, String caseNumber, Instant lockedAt, Instant lockedUntil, Instant liftedAt) {
    WithdrawalLock toLock() {
      return new WithdrawalLock(uid, caseNumber, lockedAt, lockedUntil, liftedAt);
    }
  }

  @Override
  public TwoFactorReset resetTwoFactor(String uid, String caseNumber) {
    ResetJson reset = backOffice.call(() -> http.put().uri("/accounts/{uid}/two-factor-resets/{caseNumber}", uid, caseNumber)
        .retrieve()
        .onStatus(s -> s.value() == 404, (request, response) -> {
          throw new UnknownAccountException(uid);
        })
        .body(ResetJson.class));
    return new TwoFactorReset(reset.uid(), reset.caseNumber(), reset.resetAt());
  }

  @Override
  public WithdrawalLock lockWithdrawals(String uid, String caseNumber, Instant until) {
    return backOffice.call(() -> http.put().uri("/accounts/{uid}/withdrawal-locks/{caseNumber}", uid, caseNumber)
            .contentType(MediaType.APPLICATION_JSON)
            .body(new LockRequestJson(until.toString()))
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(uid);
            })
            .body(LockJson.class))
        .toLock();
  }

  @Override
  public Optional<WithdrawalLock> liftWithdrawalLock(String uid, String caseNumber) {
    return backOffice.optional(() -> http.delete().uri("/accounts/{uid}/withdrawal-locks/{caseNumber}", uid, caseNumber)
            .retrieve().body(LockJson.class))
        .map(LockJson::toLock);
  }
}
