package io.casedesk.security;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.Groups;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service accounts sign in with API keys, never with a password: a wrong password sent as the
 * service account locks nothing and intake goes on. Keys are issued by administrators, shown once,
 * stored as a hash, rotated with two valid at once, revoked and expired.
 */
@CaseDeskTest
@TestClock("2026-10-05T09:00:00Z")
class ServiceAccountKeysTests {

  @Autowired TestRestTemplate rest;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  /** A service account of this test alone, so the keys it issues count against nobody else's. */
  String account;

  @BeforeEach
  void aServiceAccount() {
    account = "svc" + System.nanoTime();
    var user = identityService.newUser(account);
    user.setPassword("a-password-nobody-uses");
    identityService.saveUser(user);
    identityService.createMembership(account, Groups.INTAKE);
  }

  @AfterEach
  void removeIt() {
    identityService.deleteUser(account);
  }

  @Test
  void wrongPasswordsSentAsTheServiceAccountDoNotStopIntake() {
    TestRestTemplate attacker = rest.withBasicAuth("intake", "guess");
    for (int attempt = 0; attempt < 12; attempt++) {
      ResponseEntity<JsonNode> refused = attacker.exchange("/api/cases", HttpMethod.POST, json(api.kycCase(UID_LI_WEI, "en")), JsonNode.class);
      assertThat(refused.getStatusCode().value()).isEqualTo(401);
      assertThat(refused.getBody().get("type").asText()).endsWith("/api-key-required");
    }

    assertThat(api.open(api.kycCase(UID_LI_WEI, "en")).getStatusCode().value()).as("the back end's key still opens cases").isEqualTo(201);
    assertThat(rest.withBasicAuth("intake", CaseApi.DEMO_PASSWORD).getForEntity("/api/cases?size=1", JsonNode.class).getStatusCode().value())
        .as("not even the right password signs a service account in").isEqualTo(401);
  }

  @Test
  void aKeyIsShownOnceStoredAsAHashAndOpensCases() throws Exception {
    JsonNode issued = issue("exchange-backend production");
    String key = issued.get("key").asText();
    String keyId = issued.at("/apiKey/keyId").asText();

    assertThat(key).startsWith("cdk_" + keyId + ".");
    String stored = jdbc.sql("select secret_sha256 from cd_api_key where key_id = :id").param("id", keyId).query(String.class).single();
    String secret = key.substring(key.indexOf('.') + 1);
    assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))))
        .doesNotContain(secret);
    assertThat(open(key)).isEqualTo(201);
    JsonNode listed = admin().getForEntity(keys(), JsonNode.class).getBody();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).has("key")).as("the list never shows the key").isFalse();
    assertThat(listed.get(0).get("lastUsedAt").asText()).isNotEmpty();
  }

  @Test
  void rotationKeepsTwoKeysValidUntilTheOldOneIsRevoked() {
    String old = issue("first").get("key").asText();
    JsonNode second = issue("second");
    String current = second.get("key").asText();

    assertThat(open(old)).isEqualTo(201);
    assertThat(open(current)).isEqualTo(201);

    String oldId = old.substring(4, old.indexOf('.'));
    assertThat(admin().exchange(keys() + "/" + oldId, HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(204);

    assertThat(open(old)).as("revoked").isEqualTo(401);
    assertThat(open(current)).isEqualTo(201);
    assertThat(admin().exchange(keys() + "/" + oldId, HttpMethod.DELETE, null, String.class).getStatusCode().value())
        .as("revoking again changes nothing").isEqualTo(204);
  }

  @Test
  void anExpiredKeySignsNobodyIn() {
    String key = admin().postForEntity(keys(), json(Map.of("label", "for a day", "expiresAt", engine.now().plus(Duration.ofDays(1)).toString())),
        JsonNode.class).getBody().get("key").asText();
    assertThat(open(key)).isEqualTo(201);

    engine.moveClock(Duration.ofDays(1).plusSeconds(1));

    ResponseEntity<JsonNode> refused = CaseApi.withApiKey(rest, key).exchange("/api/cases", HttpMethod.POST, json(api.kycCase(UID_LI_WEI, "en")), JsonNode.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(refused.getBody().get("type").asText()).endsWith("/invalid-api-key");
  }

  @Test
  void aMadeUpKeyIsRefusedAndNothingIsStored() {
    long cases = jdbc.sql("select count(*) from cd_case").query(Long.class).single();
    assertThat(open("cdk_demointake.not-the-secret")).isEqualTo(401);
    assertThat(open("not a key at all")).isEqualTo(401);
    assertThat(jdbc.sql("select count(*) from cd_case").query(Long.class).single()).isEqualTo(cases);
  }

  @Test
  void onlyAdministratorsIssueKeysAndOnlyToServiceAccountsAndAFewAtATime() {
    assertThat(CaseApi.as(rest, "supervisor1").postForEntity(keys(), json(Map.of("label", "x")), JsonNode.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(CaseApi.asIntake(rest).postForEntity(keys(), json(Map.of("label", "x")), JsonNode.class).getStatusCode().value())
        .as("a service account cannot give itself keys").isEqualTo(403);
    assertThat(admin().postForEntity("/api/service-accounts/agentEn/api-keys", json(Map.of("label", "x")), JsonNode.class)
        .getStatusCode().value()).isEqualTo(422);
    assertThat(admin().postForEntity("/api/service-accounts/nobody/api-keys", json(Map.of("label", "x")), JsonNode.class)
        .getStatusCode().value()).isEqualTo(404);
    ResponseEntity<JsonNode> invalid = admin().postForEntity(keys(), json(Map.of("label", " ", "expiresAt", "2020-01-01T00:00:00Z")), JsonNode.class);
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(invalid.getBody().get("errors").findValuesAsText("field")).containsExactly("label");

    for (int i = 0; i < 5; i++) {
      issue("key " + i);
    }
    assertThat(admin().postForEntity(keys(), json(Map.of("label", "one too many")), JsonNode.class).getStatusCode().value()).isEqualTo(409);
  }

  private JsonNode issue(String label) {
    ResponseEntity<JsonNode> issued = admin().postForEntity(keys(), json(Map.of("label", label)), JsonNode.class);
    assertThat(issued.getStatusCode().value()).isEqualTo(201);
    return issued.getBody();
  }

  private int open(String key) {
    return CaseApi.withApiKey(rest, key).exchange("/api/cases", HttpMethod.POST, json(api.kycCase(UID_LI_WEI, "en")), JsonNode.class)
        .getStatusCode().value();
  }

  private String keys() {
    return "/api/service-accounts/" + account + "/api-keys";
  }

  private TestRestTemplate admin() {
    return CaseApi.as(rest, "admin");
  }

  private HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
