package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Only compliance officers and administrators read the audit, over the API and on the page: every
 * other role gets 403, a caller without credentials 401 (the page answers it with its login form,
 * never with a browser's Basic prompt).
 */
@CaseDeskTest
@TestClock("2027-02-22T08:00:00Z")
class AuditAccessTests {

  @Autowired CaseApi api;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  String caseNumber;

  @BeforeEach
  void aCase() {
    caseNumber = api.openCase(api.kycCase(CaseApi.UID_LI_WEI, "en"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"-, 401", "nobody:wrong, 401", "intake, 403", "agentEn, 403", "kyc1, 403", "security1, 403", "supervisor1, 403",
      "analyst1, 403", "vip1, 403", "compliance1, 200", "compliance2, 200", "admin, 200"})
  void theAuditApiIsForComplianceAndAdmins(String role, int status) {
    for (String path : new String[] {"/api/audit/cases/" + caseNumber, "/api/audit/cases?customerUid=" + CaseApi.UID_LI_WEI,
        "/api/audit/cases/" + caseNumber + "/export?format=csv", "/api/audit/cases/export?customerUid=" + CaseApi.UID_LI_WEI + "&from=2027-02-22",
        "/api/audit/export-key", "/api/audit/exports"}) {
      ResponseEntity<String> response = client(role).exchange(path, HttpMethod.GET, null, String.class);
      assertThat(response.getStatusCode().value()).as("GET %s as %s", path, role).isEqualTo(status);
      if (status == 401) {
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  // The back end's service account signs in with an API key, which the page does not take: its login form.
  @CsvSource({"-, 401", "nobody:wrong, 401", "intake, 401", "agentEn, 403", "supervisor1, 403", "analyst1, 403", "compliance1, 200",
      "admin, 200"})
  void theAuditPageIsForComplianceAndAdmins(String role, int status) {
    for (String path : new String[] {"/audit", "/audit/cases/" + caseNumber, "/audit/export-key"}) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.ACCEPT, "text/html");
      ResponseEntity<String> response = client(role).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(response.getStatusCode().value()).as("GET %s as %s", path, role).isEqualTo(status);
      String authenticate = response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
      assertThat(authenticate == null || !authenticate.startsWith("Basic")).as("no Basic prompt in a browser").isTrue();
      if (status == 401) {
        assertThat(response.getBody()).contains("name=\"login\"", "name=\"username\"", "name=\"password\"");
      }
      if (status == 403) {
        assertThat(response.getBody()).contains("compliance officers and administrators only");
      }
    }
  }

  @Test
  void theLoginFormOpensASessionForComplianceAndRefusesOthers() throws Exception {
    assertThat(formLogin("compliance1", "demo").statusCode()).isEqualTo(200);
    assertThat(formLogin("agentEn", "demo").statusCode()).isEqualTo(403);
    HttpResponse<String> wrong = formLogin("agentTr", "wrong"); // the user SecurityMatrixTests probes with wrong passwords too
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong user or password.");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    browser.send(get("/audit/login"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> forged = browser.send(post("/audit/login", "username=compliance1&password=demo"), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isIn(401, 403);
    assertThat(browser.send(get("/audit"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  /** Signs in on the page as a browser does and opens the search; answers the search page's response. */
  private HttpResponse<String> formLogin(String user, String password) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> asked = browser.send(get("/audit/cases/" + caseNumber), HttpResponse.BodyHandlers.ofString());
    assertThat(asked.statusCode()).isEqualTo(401);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(asked.body());
    assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
    HttpResponse<String> login = browser.send(post("/audit/login", "username=" + user + "&password=" + password + "&_csrf="
        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    String next = login.headers().firstValue("Location").orElseThrow();
    if (next.contains("/audit/login?error")) {
      return browser.send(get("/audit/login?error"), HttpResponse.BodyHandlers.ofString()).statusCode() == 200
          ? new Unauthorized(browser.send(get("/audit/login?error"), HttpResponse.BodyHandlers.ofString())) : null;
    }
    assertThat(next).as("back to the page asked for").endsWith("/audit/cases/" + caseNumber + "?continue");
    return browser.send(get("/audit/cases/" + caseNumber), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html").GET().build();
  }

  private HttpRequest post(String path, String form) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
  }

  private TestRestTemplate client(String role) {
    if ("-".equals(role)) {
      return rest;
    }
    if ("intake".equals(role)) {
      return CaseApi.asIntake(rest);
    }
    String[] credentials = role.contains(":") ? role.split(":", 2) : new String[] {role, CaseApi.DEMO_PASSWORD};
    return rest.withBasicAuth(credentials[0], credentials[1]);
  }

  /** The login page shown again after a wrong password, answered as the refusal it is. */
  private record Unauthorized(HttpResponse<String> page) implements HttpResponse<String> {
    public int statusCode() {
      return 401;
    }

    public HttpRequest request() {
      return page.request();
    }

    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return page.previousResponse();
    }

    public java.net.http.HttpHeaders headers() {
      return page.headers();
    }

    public String body() {
      return page.body();
    }

    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return page.sslSession();
    }

    public URI uri() {
      return page.uri();
    }

    public HttpClient.Version version() {
      return page.version();
    }
  }
}
