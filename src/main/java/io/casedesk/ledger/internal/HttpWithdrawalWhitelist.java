package io.casedesk.ledger.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.WithdrawalWhitelist;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The exchange's withdrawal whitelist over HTTP ({@code /accounts/{uid}/whitelist}, see
 * {@code src/main/resources/ledger/exchange-back-office-api.yaml}). Additions and removals carry an
 * {@code Idempotency-Key} of case number and operation, so a retried step is answered as the first
 * try was; a cancellation names the case whose addition it takes back and is idempotent by itself.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpWithdrawalWhitelist implements WithdrawalWhitelist {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final BackOfficeHttp backOffice;
  private final RestClient http;

  HttpWithdrawalWhitelist(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
    this.http = backOffice.client();
  }

  /** {@code usableFrom} as ISO 8601 text, whatever the JSON mapper would make of an instant. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AdditionJson(String chain, String asset, String address, String memo, String label, String usableFrom, String caseNumber) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RemovalJson(String chain, String address, String memo, String caseNumber) {}

  record EntryJson(String chain, String asset, String address, String memo, String label, Instant addedAt, Instant usableFrom, String caseNumber) {
    Entry toEntry() {
      return new Entry(chain, asset, address, memo, label, addedAt, usableFrom, caseNumber);
    }
  }

  /** The answer to a removal or cancellation: whether the whitelist changed, and the entry taken off. */
  record ChangeJson(boolean changed, EntryJson entry) {
    Optional<Entry> toEntry() {
      return changed && entry != null ? Optional.of(entry.toEntry()) : Optional.empty();
    }
  }

  @Override
  public Entry add(Addition a) {
    return backOffice.call(() -> http.post().uri("/accounts/{uid}/whitelist", a.customerUid())
            .header(IDEMPOTENCY_KEY, a.caseNumber() + ":add")
            .contentType(MediaType.APPLICATION_JSON)
            .body(new AdditionJson(a.chain(), a.asset(), a.address(), a.memo(), a.label(), a.usableFrom().toString(), a.caseNumber()))
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(a.customerUid());
            })
            .onStatus(s -> s.value() == 409, (request, response) -> {
              throw new AlreadyWhitelistedException(a.chain(), a.address());
            })
            .body(EntryJson.class))
        .toEntry();
  }

  @Override
  public Optional<Entry> remove(Removal r) {
    return backOffice.call(() -> http.post().uri("/accounts/{uid}/whitelist/removals", r.customerUid())
            .header(IDEMPOTENCY_KEY, r.caseNumber() + ":remove")
            .contentType(MediaType.APPLICATION_JSON)
            .body(new RemovalJson(r.chain(), r.address(), r.memo(), r.caseNumber()))
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(r.customerUid());
            })
            .body(ChangeJson.class))
        .toEntry();
  }

  @Override
  public Optional<Entry> cancelAddition(String customerUid, String caseNumber) {
    return backOffice.call(() -> http.delete().uri("/accounts/{uid}/whitelist/additions/{caseNumber}", customerUid, caseNumber)
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(customerUid);
            })
            .body(ChangeJson.class))
        .toEntry();
  }
}
