package io.casedesk.documents.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of document views ({@code cd_document_view}): every attempt, with how it went. */
@Repository
class DocumentViews {

  enum Outcome {
    /** The person was sent to the document's signed link. */
    VIEWED,
    /** The person may not work the case. */
    DENIED,
    /** No such case, no such document on it, or the back office holds no such file. */
    NOT_FOUND,
    /** The back office could not be reached. */
    FAILED
  }

  record View(String documentSha256, String documentKind, String viewer, Instant viewedAt, Outcome outcome) {}

  private static final int DETAIL_LENGTH = 500;

  private final JdbcClient jdbc;

  DocumentViews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseNumber, String sha256, String kind, String viewer, Instant at, Outcome outcome, String detail) {
    jdbc.sql("""
            insert into cd_document_view (case_number, document_sha256, document_kind, viewer, viewed_at, outcome, detail)
            values (:n, :sha, :kind, :viewer, :at, :outcome, :detail)
            """)
        .param("n", caseNumber).param("sha", sha256).param("kind", kind).param("viewer", viewer)
        .param("at", at.atOffset(ZoneOffset.UTC)).param("outcome", outcome.name())
        .param("detail", detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH))
        .update();
  }

  List<View> of(String caseNumber) {
    return jdbc.sql("select * from cd_document_view where case_number = :n order by viewed_at, id")
        .param("n", caseNumber)
        .query((rs, row) -> new View(rs.getString("document_sha256"), rs.getString("document_kind"), rs.getString("viewer"),
            rs.getObject("viewed_at", OffsetDateTime.class).toInstant(), Outcome.valueOf(rs.getString("outcome"))))
        .list();
  }
}
