package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.casedesk.ledger.CustomerDocuments;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the documents adapter against src/main/resources/ledger/exchange-back-office-api.yaml:
 * the signed-link request with the case and the viewer, and how 404, 5xx, dropped connections, timeouts
 * and an answer without a link reach the desk.
 */
class HttpCustomerDocumentsTests {

  static final String TOKEN = "test-token-7f3a";
  static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String PATH = "/api/v1/accounts/10000001/documents/signed-links";

  WireMockServer backOffice;
  HttpCustomerDocuments documents;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    documents = new HttpCustomerDocuments(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void asksForALinkNamingTheDocumentTheCaseAndTheViewer() {
    backOffice.stubFor(post(urlEqualTo(PATH))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withRequestBody(equalToJson("""
            {"uri":"s3://kyc-docs/10000001/passport.jpg","sha256":"%s","kind":"PASSPORT","caseNumber":"CD-2026-000123","viewer":"agentZh"}
            """.formatted(SHA256)))
        .willReturn(okJson("""
            {"url":"https://documents.exchange.example/kyc-docs/10000001/passport.jpg?X-Amz-Expires=300&X-Amz-Signature=5d1f",
             "expiresAt":"2026-03-02T10:20:00Z"}
            """)));

    CustomerDocuments.SignedLink link = documents.signedLink(request("10000001"));

    assertThat(link.url()).isEqualTo(URI.create("https://documents.exchange.example/kyc-docs/10000001/passport.jpg?X-Amz-Expires=300&X-Amz-Signature=5d1f"));
    assertThat(link.expiresAt()).isEqualTo(Instant.parse("2026-03-02T10:20:00Z"));
  }

  @Test
  void aDocumentTheBackOfficeDoesNotHoldForTheAccountIsNotFound() {
    backOffice.stubFor(post(urlEqualTo(PATH)).willReturn(notFound()));
    assertThatThrownBy(() -> documents.signedLink(request("10000001"))).isInstanceOf(CustomerDocuments.DocumentNotFoundException.class);
  }

  @Test
  void aFailingDroppedSlowOrEmptyAnswerIsUnavailable() {
    backOffice.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> documents.signedLink(request("10000001"))).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> documents.signedLink(request("10000001"))).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"url\":\"https://x.example/a\",\"expiresAt\":\"2026-03-02T10:20:00Z\"}")
        .withFixedDelay(2500)));
    assertThatThrownBy(() -> documents.signedLink(request("10000001"))).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{}")));
    assertThatThrownBy(() -> documents.signedLink(request("10000001"))).isInstanceOf(LedgerUnavailableException.class);
  }

  private static CustomerDocuments.DocumentRequest request(String uid) {
    return new CustomerDocuments.DocumentRequest(uid, "s3://kyc-docs/10000001/passport.jpg", SHA256, "PASSPORT", "CD-2026-000123", "agentZh");
  }
}
