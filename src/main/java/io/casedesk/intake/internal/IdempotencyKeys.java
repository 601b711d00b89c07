package io.casedesk.intake.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys of case intake and the case each one created. */
@Repository
class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredKey> find(String key) {
    return jdbc.sql("select request_hash, case_number from cd_idempotency_key where idempotency_key = :k")
        .param("k", key)
        .query((rs, row) -> new StoredKey(rs.getString("request_hash"), rs.getString("case_number")))
        .optional();
  }

  /** Inserts the key; a concurrent insert of the same key fails with a DuplicateKeyException. */
  void insert(String key, String requestHash, String caseNumber, Instant at) {
    jdbc.sql(
            """
            insert into cd_idempotency_key (idempotency_key, request_hash, case_number, created_at)
            values (:k, :h, :n, :at)
            """)
        .param("k", key)
        .param("h", requestHash)
        .param("n", caseNumber)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  record StoredKey(String requestHash, String caseNumber) {}
}
