package io.casedesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The audit API as a compliance officer calls it. */
final class Compliance {

  static final String OFFICER = "compliance1";

  private final TestRestTemplate http;

  Compliance(TestRestTemplate rest) {
    this.http = rest.withBasicAuth(OFFICER, "demo");
  }

  JsonNode trail(String caseNumber) {
    ResponseEntity<JsonNode> response = http.getForEntity("/api/audit/cases/" + caseNumber, JsonNode.class);
    if (response.getStatusCode().value() != 200) {
      throw new AssertionError("GET trail: " + response.getStatusCode() + " " + response.getBody());
    }
    return response.getBody();
  }

  JsonNode get(String path) {
    ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
    if (response.getStatusCode().value() != 200) {
      throw new AssertionError("GET " + path + ": " + response.getStatusCode() + " " + response.getBody());
    }
    return response.getBody();
  }

  ResponseEntity<byte[]> download(String path) {
    return http.getForEntity(path, byte[].class);
  }

  String exportKey() {
    return http.getForEntity("/api/audit/export-key", String.class).getBody();
  }
}
