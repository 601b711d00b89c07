package io.casedesk.ledger.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casedesk.ledger.CopyTradingCompensation;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Compensations through the exchange's back office ({@code POST /copy-trading/compensations}).
 * Every request carries {@code Idempotency-Key: <case number>:<lead order>}: when a call timed out
 * after the back office booked it, the retried job sends the same key and gets the earlier credit
 * back (200) instead of a second one. The same key with another amount is a 409.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpCopyTradingCompensation implements CopyTradingCompensation {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final BackOfficeHttp backOffice;

  HttpCopyTradingCompensation(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
  }

  // Credits are answered in exactly the shape of the port's record (see the API description).
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CompensationJson(
      String caseNumber, String orderId, String customerUid, String asset, BigDecimal amount, String reason, String requestedBy) {}

  @Override
  public Credit credit(CompensationRequest r) {
    return backOffice.call(() -> backOffice.client().post().uri("/copy-trading/compensations")
            .header(IDEMPOTENCY_KEY, r.idempotencyKey())
            .contentType(MediaType.APPLICATION_JSON)
            .body(new CompensationJson(r.caseNumber(), r.orderId(), r.customerUid(), r.asset(), r.amount(), r.reason(), r.requestedBy()))
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(r.customerUid());
            })
            .onStatus(s -> s.value() == 409, (request, response) -> {
              throw new CompensationConflictException(r, null);
            })
            .body(Credit.class))
        .answering(r);
  }

  @Override
  public List<Credit> credits(String caseNumber) {
    return backOffice.list(() -> backOffice.client().get()
        .uri(b -> b.path("/copy-trading/compensations").queryParam("caseNumber", caseNumber).build())
        .retrieve().body(Credit[].class));
  }
}
