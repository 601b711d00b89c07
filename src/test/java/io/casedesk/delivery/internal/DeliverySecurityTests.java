package io.casedesk.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Who may use the delivery endpoints: supervisors watch and retry, compliance reads, the mail gateway
 * (an intake service account) hands over replies, nobody else. Expected answers as designed.
 */
@CaseDeskTest
@TestClock("2026-10-12T09:00:00Z")
class DeliverySecurityTests {

  @Autowired TestRestTemplate rest;

  @ParameterizedTest(name = "{0} {1} as {2}: {3}")
  @CsvSource({
      "GET,  /api/notifications?status=FAILED, -,           401",
      "GET,  /api/notifications?status=FAILED, supervisor1, 200",
      "GET,  /api/notifications?status=FAILED, compliance1, 200",
      "GET,  /api/notifications?status=FAILED, admin,       200",
      "GET,  /api/notifications?status=FAILED, intake,      403",
      "GET,  /api/notifications?status=FAILED, agentEn,     403",
      "GET,  /api/notifications?status=LOST,   supervisor1, 400",
      "POST, /api/notifications/999999/retry,  supervisor1, 404",
      "POST, /api/notifications/999999/retry,  compliance1, 403",
      "POST, /api/notifications/999999/retry,  agentEn,     403",
      "GET,  /api/case-events?status=FAILED,   supervisor1, 200",
      "GET,  /api/case-events?status=FAILED,   intake,      403",
      "POST, /api/case-events/999999/retry,    supervisor1, 404",
      "POST, /api/case-events/999999/retry,    intake,      403",
      "POST, /api/inbound-mail,                -,           401",
      "POST, /api/inbound-mail,                agentEn,     403",
      "POST, /api/inbound-mail,                supervisor1, 403",
      "POST, /api/inbound-mail,                intake,      422",
  })
  void deliveryEndpointsAnswerEachRoleAsDesigned(String method, String path, String user, int expected) {
    TestRestTemplate client = user.equals("-") ? rest : rest.withBasicAuth(user, "demo");
    HttpHeaders headers = new HttpHeaders();
    Object body = null;
    if (path.equals("/api/inbound-mail")) {
      headers.setContentType(MediaType.parseMediaType("message/rfc822"));
      body = "From: someone@example.org\r\nTo: support@casedesk.example\r\nSubject: Hello\r\nMessage-ID: <security-check@example.org>\r\n\r\nHello\r\n";
    }
    int status = client.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    assertThat(status).isEqualTo(expected);
  }
}
