package io.casedesk.kyc.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identity documents of approved applications, by issuing country and number. */
@Repository
class VerifiedIdentities {

  private final JdbcClient jdbc;

  VerifiedIdentities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record VerifiedIdentity(String customerUid, String caseNumber) {}

  Optional<VerifiedIdentity> find(String issuingCountry, String documentNumber) {
    return jdbc.sql("select customer_uid, case_number from cd_kyc_identity where issuing_country = :c and document_number = :d")
        .param("c", issuingCountry)
        .param("d", documentNumber)
        .query((rs, row) -> new VerifiedIdentity(rs.getString("customer_uid"), rs.getString("case_number")))
        .optional();
  }

  /**
   * Records the document as verified for the account. A document already verified for another
   * account (a parallel case approved first) fails the step, which becomes an incident for a person.
   */
  void record(String issuingCountry, String documentNumber, String customerUid, String caseNumber, Instant at) {
    var earlier = find(issuingCountry, documentNumber);
    if (earlier.isPresent()) {
      if (!earlier.get().customerUid().equals(customerUid)) {
        throw new IllegalStateException("The identity document of case " + caseNumber + " was verified for another account in case "
            + earlier.get().caseNumber() + " meanwhile; the KYC level was not set.");
      }
      return;
    }
    jdbc.sql(
            """
            insert into cd_kyc_identity (issuing_country, document_number, customer_uid, case_number, verified_at)
            values (:c, :d, :uid, :n, :at)
            """)
        .param("c", issuingCountry)
        .param("d", documentNumber)
        .param("uid", customerUid)
        .param("n", caseNumber)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }
}
