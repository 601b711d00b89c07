package io.casedesk.ledger.internal;

import io.casedesk.ledger.CustomerDocuments;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import java.net.URI;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The exchange's documents over HTTP: {@code POST /accounts/{uid}/documents/signed-links} hands out
 * a short-lived signed link to one document for one view, naming the case and the person (see
 * {@code src/main/resources/ledger/exchange-back-office-api.yaml}). Asking twice gives two links;
 * nothing changes in the back office but its access log.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpCustomerDocuments implements CustomerDocuments {

  private final BackOfficeHttp backOffice;
  private final RestClient http;

  HttpCustomerDocuments(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
    this.http = backOffice.client();
  }

  record LinkRequestJson(String uri, String sha256, String kind, String caseNumber, String viewer) {}

  record LinkJson(URI url, Instant expiresAt) {}

  @Override
  public SignedLink signedLink(DocumentRequest r) {
    try {
      LinkJson link = backOffice.call(() -> http.post().uri("/accounts/{uid}/documents/signed-links", r.customerUid())
          .contentType(MediaType.APPLICATION_JSON)
          .body(new LinkRequestJson(r.uri(), r.sha256(), r.kind(), r.caseNumber(), r.viewer()))
          .retrieve()
          .body(LinkJson.class));
      if (link == null || link.url() == null || link.expiresAt() == null) {
        throw new LedgerUnavailableException("The back office answered without a link", null);
      }
      return new SignedLink(link.url(), link.expiresAt());
    } catch (BackOfficeHttp.NotFound e) {
      throw new DocumentNotFoundException(r.customerUid(), r.uri());
    }
  }
}
