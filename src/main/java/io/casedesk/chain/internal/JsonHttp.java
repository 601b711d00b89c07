package io.casedesk.chain.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.chain.BlockchainPort.ChainUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP with timeouts for the chain adapters; transport failures become {@link ChainUnavailableException}. */
final class JsonHttp {

  /** An HTTP answer the adapter reads further: its status and body. */
  record Answer(int status, String body) {}

  private final HttpClient client;
  private final Duration timeout;
  private final ObjectMapper objectMapper;

  JsonHttp(Duration timeout, ObjectMapper objectMapper) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    this.timeout = timeout;
    this.objectMapper = objectMapper;
  }

  Answer get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build());
  }

  Answer postJson(URI uri, Object body) {
    try {
      String json = objectMapper.writeValueAsString(body);
      return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  JsonNode json(Answer answer) {
    try {
      return objectMapper.readTree(answer.body());
    } catch (IOException e) {
      throw new ChainUnavailableException("The node answered with something that is not JSON", e);
    }
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        throw new ChainUnavailableException("The node at " + request.uri().getHost() + " answered " + response.statusCode());
      }
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new ChainUnavailableException("The node at " + request.uri().getHost() + ":" + request.uri().getPort() + " cannot be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChainUnavailableException("Interrupted while asking the node", e);
    }
  }
}
