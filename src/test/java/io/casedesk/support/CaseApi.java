package io.casedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The case API as the exchange's back end calls it, over HTTP, plus builders for realistic requests. */
public class CaseApi {

  /** Demo accounts of the embedded back office. */
  public static final String UID_LI_WEI = "10000001";
  public static final String UID_OLGA = "10000002";
  public static final String UID_MARIA = "10000003";
  public static final String UID_INSTITUTIONAL = "20000001";

  private static final java.util.concurrent.atomic.AtomicInteger DOCUMENT_NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

  private final TestRestTemplate http;
  private final ObjectMapper json;
  private final TestCases cases;

  /** The exchange's back end calls as the intake service account. */
  public static final String INTAKE_USER = "intake";
  public static final String DEMO_PASSWORD = "demo";

  CaseApi(TestRestTemplate http, ObjectMapper json, TestCases cases) {
    this.http = http.withBasicAuth(INTAKE_USER, DEMO_PASSWORD);
    this.json = json;
    this.cases = cases;
  }

  public ObjectMapper json() {
    return json;
  }

  public ResponseEntity<JsonNode> open(Object body) {
    return open(body, null);
  }

  public ResponseEntity<JsonNode> open(Object body, String idempotencyKey) {
    HttpHeaders headers = jsonHeaders();
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    ResponseEntity<JsonNode> response = http.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(asText(body), headers), JsonNode.class);
    if (response.getStatusCode().value() == 201) {
      cases.own(response.getBody().get("caseNumber").asText());
    }
    return response;
  }

  public ResponseEntity<JsonNode> openWithContentType(String body, MediaType contentType) {
    HttpHeaders headers = jsonHeaders();
    headers.setContentType(contentType);
    return http.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** Opens a case and returns its number, failing the test if intake refused it. */
  public String openCase(ObjectNode body) {
    ResponseEntity<JsonNode> response = open(body);
    if (response.getStatusCode().value() != 201) {
      throw new AssertionError("Intake refused the case: " + response.getStatusCode() + " " + response.getBody());
    }
    return response.getBody().get("caseNumber").asText();
  }

  /** GET /api/cases with the query string given. */
  public ResponseEntity<JsonNode> search(String query) {
    return http.getForEntity("/api/cases?" + query, JsonNode.class);
  }

  public ResponseEntity<JsonNode> get(String caseNumber) {
    return http.getForEntity("/api/cases/" + caseNumber, JsonNode.class);
  }

  public JsonNode getJson(String path) {
    return http.getForEntity(path, JsonNode.class).getBody();
  }

  public String getText(String path) {
    return http.getForEntity(path, String.class).getBody();
  }

  public JsonNode view(String caseNumber) {
    return get(caseNumber).getBody();
  }

  public ResponseEntity<JsonNode> reply(String caseNumber, Object body) {
    return http.exchange(
        "/api/cases/" + caseNumber + "/replies", HttpMethod.POST, new HttpEntity<>(asText(body), jsonHeaders()), JsonNode.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return headers;
  }

  private String asText(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return json.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  // ---- request builders -------------------------------------------------------------------

  /** A level-1 KYC application by email ticket, with a valid passport, both documents attached. */
  public ObjectNode kycCase(String uid, String locale) {
    return kycApplication(uid, locale);
  }

  /** {@link #kycCase} without a test context, for tests that call desks of their own (the cluster tests). */
  public static ObjectNode kycApplication(String uid, String locale) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("type", "KYC_VERIFICATION");
    request.put("customerUid", uid);
    request.put("channel", "EMAIL_TICKET");
    request.put("tier", "STANDARD");
    request.put("locale", locale);
    request.put("subject", "Please verify my account");
    request.put("description", "I want to raise my withdrawal limit.");
    ObjectNode details = request.putObject("details");
    details.put("level", 1);
    ObjectNode applicant = details.putObject("applicant");
    applicant.put("firstName", "Wei");
    applicant.put("lastName", "Li");
    applicant.put("dateOfBirth", "1990-04-12");
    applicant.put("nationality", "CN");
    applicant.put("countryOfResidence", "SG");
    ObjectNode document = details.putObject("identityDocument");
    document.put("type", "PASSPORT");
    // Each application its own document, so that no test sees another's as a duplicate identity.
    document.put("number", "E" + (10_000_000 + DOCUMENT_NUMBERS.incrementAndGet()));
    document.put("issuingCountry", "CN");
    document.put("expiresOn", "2031-06-30");
    ArrayNode documents = details.putArray("documents");
    documents.add(documentOf("PASSPORT", null));
    documents.add(documentOf("SELFIE", null));
    return request;
  }

  /** A deposit trace by web form: "my deposit has not arrived". */
  public ObjectNode depositCase(String uid, String chain, String asset, String txId) {
    return depositTrace(uid, chain, asset, txId);
  }

  /** {@link #depositCase} without a test context. */
  public static ObjectNode depositTrace(String uid, String chain, String asset, String txId) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("type", "DEPOSIT_TRACE");
    request.put("customerUid", uid);
    request.put("channel", "WEB_FORM");
    request.put("tier", "STANDARD");
    request.put("locale", "en");
    request.put("subject", "My deposit has not arrived");
    ObjectNode details = request.putObject("details");
    details.put("chain", chain);
    details.put("asset", asset);
    details.put("txId", txId);
    return request;
  }

  public ObjectNode document(String kind, LocalDate issuedOn) {
    return documentOf(kind, issuedOn);
  }

  private static ObjectNode documentOf(String kind, LocalDate issuedOn) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("kind", kind);
    document.put("uri", "s3://exchange-kyc-documents/" + kind.toLowerCase() + "-" + Math.abs(kind.hashCode()) + ".jpg");
    document.put("sha256", sha256Of(kind));
    if (issuedOn != null) {
      document.put("issuedOn", issuedOn.toString());
    }
    return document;
  }

  private static String sha256Of(String seed) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode details(ObjectNode request) {
    return (ObjectNode) request.get("details");
  }
}
