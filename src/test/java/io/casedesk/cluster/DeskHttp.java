package io.casedesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.support.DeskNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The desk's HTTP APIs as the exchange's back end, agents and analysts call them, with the demo users. */
final class DeskHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "demo";
  static final String INTAKE = "intake";
  /** The demo profile's key of the intake service account (application-demo.yaml). */
  static final String INTAKE_API_KEY = "cdk_demointake.demo-key-of-the-intake-account";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  record Response(int status, String body, String replayed) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** POST /api/cases as the intake account; an IOException when the node does not answer (down, killed). */
  Response openCase(DeskNode node, String body, String idempotencyKey) throws IOException {
    return send(HttpRequest.newBuilder(node.uri("/api/cases")).header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), INTAKE);
  }

  Response get(DeskNode node, String user, String path) throws IOException {
    return send(HttpRequest.newBuilder(node.uri(path)).GET(), user);
  }

  Response postJson(DeskNode node, String user, String path, String json) throws IOException {
    return send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), user);
  }

  /** Deploys one file through the engine REST API, as an analyst does from Camunda Modeler. */
  Response deploy(DeskNode node, String user, String deploymentName, String fileName, String content) throws IOException {
    String boundary = "casedesk-" + UUID.randomUUID();
    String body = part(boundary, "deployment-name", null, deploymentName)
        + part(boundary, "deployment-source", null, "integration test")
        + part(boundary, "data", fileName, content)
        + "--" + boundary + "--\r\n";
    return send(HttpRequest.newBuilder(node.uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user);
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n" + content + "\r\n";
  }

  /** The intake service account signs in with the demo's API key, everyone else with the demo password. */
  private Response send(HttpRequest.Builder request, String user) throws IOException {
    String authorization = INTAKE.equals(user) ? "Bearer " + INTAKE_API_KEY
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = http.send(
          request.header("Authorization", authorization).header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers().firstValue("Idempotent-Replayed").orElse(null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
