package io.casedesk.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API keys of service accounts. A key reads {@code cdk_<key id>.<secret>}: the id finds the row, the
 * secret (32 random bytes) is checked against its stored SHA-256 in constant time. A hash without a
 * salt or stretching suffices because the secret is random and long, unlike a password; nothing that
 * could be guessed is stored.
 */
@Component
class ApiKeys {

  /** How many keys an account may hold at once: enough to rotate, few enough to keep track of. */
  static final int MAX_ACTIVE = 5;

  private static final Pattern KEY = Pattern.compile("cdk_([a-z0-9]{6,32})\\.([A-Za-z0-9_-]{8,128})");
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;

  ApiKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A key as an administrator sees it: never its secret. */
  record ApiKey(String keyId, String account, String label, Instant createdAt, String createdBy, Instant expiresAt,
      Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    boolean activeAt(Instant now) {
      return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
  }

  /** A new key with its secret, shown this once. */
  record Issued(ApiKey key, String secretKey) {}

  Issued issue(String account, String label, Instant expiresAt, String createdBy) {
    String keyId = HexFormat.of().formatHex(randomBytes(8));
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    store(keyId, account, secret, label, expiresAt, createdBy);
    return new Issued(find(keyId).orElseThrow(), format(keyId, secret));
  }

  /** Stores a key given in full (the demo's documented key), unless its id is stored already. */
  void storeGiven(String key, String account, String label) {
    Matcher given = KEY.matcher(key);
    if (!given.matches()) {
      throw new IllegalArgumentException("An API key reads cdk_<id>.<secret>, id 6 to 32 lower-case letters and digits");
    }
    if (find(given.group(1)).isEmpty()) {
      store(given.group(1), account, given.group(2), label, null, "demo");
    }
  }

  private void store(String keyId, String account, String secret, String label, Instant expiresAt, String createdBy) {
    jdbc.sql("""
        insert into cd_api_key (key_id, account, secret_sha256, label, created_at, created_by, expires_at)
        values (:id, :account, :hash, :label, :now, :by, :expires)""")
        .param("id", keyId).param("account", account).param("hash", sha256(secret)).param("label", label)
        .param("now", Timestamp.from(clock.instant())).param("by", createdBy)
        .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
        .update();
  }

  static String format(String keyId, String secret) {
    return "cdk_" + keyId + "." + secret;
  }

  /** The account a presented key signs in, when the key is well-formed, known, not revoked and not expired. */
  Optional<String> account(String presented) {
    Matcher key = KEY.matcher(presented);
    if (!key.matches()) {
      return Optional.empty();
    }
    var row = jdbc.sql("select account, secret_sha256, expires_at, revoked_at, last_used_at from cd_api_key where key_id = :id")
        .param("id", key.group(1))
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
            instant(rs.getTimestamp(5))))
        .optional();
    Instant now = clock.instant();
    if (row.isEmpty() || !MessageDigest.isEqual(row.get().hash().getBytes(StandardCharsets.US_ASCII),
        sha256(key.group(2)).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    Row r = row.get();
    if (r.revokedAt() != null || (r.expiresAt() != null && !r.expiresAt().isAfter(now))) {
      return Optional.empty();
    }
    // Once a minute at most: an administrator sees which keys are still in use, intake writes no extra row per request.
    if (r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
      jdbc.sql("update cd_api_key set last_used_at = :now where key_id = :id").param("now", Timestamp.from(now)).param("id", key.group(1)).update();
    }
    return Optional.of(r.account());
  }

  List<ApiKey> of(String account) {
    return jdbc.sql(SELECT + " where account = :account order by created_at, key_id").param("account", account).query(ApiKeys::key).list();
  }

  Optional<ApiKey> find(String keyId) {
    return jdbc.sql(SELECT + " where key_id = :id").param("id", keyId).query(ApiKeys::key).optional();
  }

  long activeCount(String account) {
    return of(account).stream().filter(k -> k.activeAt(clock.instant())).count();
  }

  /** Revokes the key; false when it was revoked already. */
  boolean revoke(String keyId, String revokedBy) {
    return jdbc.sql("update cd_api_key set revoked_at = :now, revoked_by = :by where key_id = :id and revoked_at is null")
        .param("now", Timestamp.from(clock.instant())).param("by", revokedBy).param("id", keyId).update() == 1;
  }

  private static final String SELECT =
      "select key_id, account, label, created_at, created_by, expires_at, revoked_at, revoked_by, last_used_at from cd_api_key";

  private static ApiKey key(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)), rs.getString(5),
        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)));
  }

  private record Row(String account, String hash, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
