package io.casedesk.ledger.internal;

import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The connection to the exchange's back office that every HTTP adapter of the ledger shares: base
 * URL, bearer token, timeouts, and one translation of HTTP failures into the port's exceptions
 * (timeouts and transport errors, 5xx and unexpected 4xx become {@link LedgerUnavailableException},
 * which the engine retries; 404 means "no such thing").
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class BackOfficeHttp {

  private final RestClient http;

  BackOfficeHttp(
      @Value("${casedesk.ledger.url}") String url,
      @Value("${casedesk.ledger.token}") String token,
      @Value("${casedesk.ledger.timeout:PT5S}") Duration timeout) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
    requests.setReadTimeout(timeout);
    this.http = RestClient.builder()
        .baseUrl(url)
        .requestFactory(requests)
        .defaultHeader("Authorization", "Bearer " + token)
        .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
        .build();
  }

  RestClient client() {
    return http;
  }

  /** The answer, or empty on 404. */
  <T> Optional<T> optional(Supplier<T> call) {
    try {
      return Optional.ofNullable(call(call));
    } catch (NotFound e) {
      return Optional.empty();
    }
  }

  /** A list answer; none on 404. */
  <T> List<T> list(Supplier<T[]> call) {
    return optional(call).map(List::of).orElse(List.of());
  }

  /** The answer; a 404 is {@link NotFound} for the adapter to translate. */
  <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (HttpClientErrorException e) {
      if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
        throw new NotFound();
      }
      throw new LedgerUnavailableException("The back office refused the request: " + e.getStatusCode().value(), e);
    } catch (RestClientException e) {
      throw new LedgerUnavailableException("The back office cannot be reached or failed: " + e.getMessage(), e);
    }
  }

  /** 404 inside the adapters; never leaves them. */
  static final class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }
}
