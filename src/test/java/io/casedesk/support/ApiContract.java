package io.casedesk.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Holds every answer of the desk's API that a test receives against the API document the desk
 * serves ({@code /api/openapi}): the status must be documented for the operation, and the body must
 * have the documented media type and shape. Installed on every test's HTTP client, so the whole suite
 * compares the document with the API's real answers; a mismatch fails the test that got the answer.
 */
public class ApiContract implements ClientHttpRequestInterceptor {

  /** Not operations of the API: the document itself, Swagger UI, the demo mailbox (HTML). */
  private static final List<String> OUTSIDE = List.of("/api/openapi", "/api/docs", "/api/swagger-ui", "/api/demo/");

  private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

  @Override
  public ClientHttpResponse intercept(org.springframework.http.HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    URI uri = request.getURI();
    if (!uri.getPath().startsWith("/api/") || OUTSIDE.stream().anyMatch(uri.getPath()::startsWith)) {
      return response;
    }
    byte[] answer = response.getBody().readAllBytes();
    check(uri, Request.Method.valueOf(request.getMethod().name()), response, answer);
    return new Buffered(response, answer);
  }

  private void check(URI uri, Request.Method method, ClientHttpResponse response, byte[] answer) throws IOException {
    SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.getStatusCode().value());
    response.getHeaders().forEach((name, values) -> actual.withHeader(name, values));
    if (answer.length > 0) {
      actual.withBody(new String(answer, StandardCharsets.UTF_8));
    }
    ValidationReport report = validator(uri).validateResponse(uri.getPath(), method, actual.build());
    if (report.hasErrors()) {
      throw new AssertionError("The answer to " + method + " " + uri.getPath() + " (" + response.getStatusCode().value()
          + ") differs from the API document:\n" + report.getMessages().stream()
              .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
              .map(m -> "  " + m.getKey() + ": " + m.getMessage())
              .collect(Collectors.joining("\n"))
          + "\nbody: " + new String(answer, StandardCharsets.UTF_8));
    }
  }

  /** The document of the desk that answered, read once per desk (one per test context). */
  private OpenApiInteractionValidator validator(URI uri) {
    String desk = uri.getScheme() + "://" + uri.getAuthority();
    return validators.computeIfAbsent(desk, base -> OpenApiInteractionValidator
        .createForInlineApiSpecification(document(base))
        .build());
  }

  private static String document(String base) {
    HttpClient http = HttpClient.newHttpClient();
    try {
      var request = java.net.http.HttpRequest.newBuilder(URI.create(base + "/api/openapi"))
          .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
          .build();
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("The API document answered " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new IllegalStateException("The API document could not be read", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer with its body read once, so the test can read it again. */
  private record Buffered(ClientHttpResponse response, byte[] body) implements ClientHttpResponse {

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return response.getHeaders();
    }

    @Override
    public InputStream getBody() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public void close() {
      response.close();
    }
  }
}
