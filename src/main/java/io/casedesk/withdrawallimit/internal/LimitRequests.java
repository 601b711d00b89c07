package io.casedesk.withdrawallimit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The desk's record of each withdrawal-limit request ({@code cd_withdrawal_limit_request}), written
 * in the engine's transaction: the latest decision and its explanation, the limit applied, and the
 * KYC verification case opened for it.
 */
@Repository
class LimitRequests {

  private final JdbcClient jdbc;

  LimitRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record LimitRequest(
      String caseNumber, String customerUid, BigDecimal requestedDailyUsd, BigDecimal currentDailyUsd, int kycLevel, String decision,
      String reason, String reviewQueue, Integer neededKycLevel, BigDecimal approvedDailyUsd, String decisionInstanceId, String ruleId,
      String explanation, Instant decidedAt, BigDecimal appliedDailyUsd, Instant appliedAt, String kycCaseNumber) {}

  /** Records a decision of the table; a later one (after the customer replied) replaces it, the KYC link stays. */
  void recordDecision(LimitRequest r) {
    int updated = jdbc.sql("""
            update cd_withdrawal_limit_request set requested_daily_usd = :requested, current_daily_usd = :current, kyc_level = :level,
              decision = :decision, reason = :reason, review_queue = :queue, needed_kyc_level = :needed, approved_daily_usd = :approved,
              decision_instance_id = :instance, rule_id = :rule, explanation = :explanation, decided_at = :at
            where case_number = :caseNumber
            """)
        .params(params(r))
        .update();
    if (updated == 0) {
      jdbc.sql("""
              insert into cd_withdrawal_limit_request (case_number, customer_uid, requested_daily_usd, current_daily_usd, kyc_level,
                decision, reason, review_queue, needed_kyc_level, approved_daily_usd, decision_instance_id, rule_id, explanation, decided_at)
              values (:caseNumber, :uid, :requested, :current, :level, :decision, :reason, :queue, :needed, :approved, :instance, :rule,
                :explanation, :at)
              """)
          .params(params(r))
          .update();
    }
  }

  private static java.util.Map<String, Object> params(LimitRequest r) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("caseNumber", r.caseNumber());
    p.put("uid", r.customerUid());
    p.put("requested", r.requestedDailyUsd());
    p.put("current", r.currentDailyUsd());
    p.put("level", r.kycLevel());
    p.put("decision", r.decision());
    p.put("reason", r.reason());
    p.put("queue", r.reviewQueue());
    p.put("needed", r.neededKycLevel());
    p.put("approved", r.approvedDailyUsd());
    p.put("instance", r.decisionInstanceId());
    p.put("rule", r.ruleId());
    p.put("explanation", r.explanation());
    p.put("at", utc(r.decidedAt()));
    return p;
  }

  void recordApproved(String caseNumber, BigDecimal approved) {
    jdbc.sql("update cd_withdrawal_limit_request set approved_daily_usd = :approved where case_number = :n")
        .param("approved", approved).param("n", caseNumber).update();
  }

  void recordApplied(String caseNumber, BigDecimal applied, Instant at) {
    jdbc.sql("update cd_withdrawal_limit_request set applied_daily_usd = :applied, applied_at = :at where case_number = :n")
        .param("applied", applied).param("at", utc(at)).param("n", caseNumber).update();
  }

  /** Links the KYC case, unless one is linked already; true when this call linked it. */
  boolean linkKycCase(String caseNumber, String kycCaseNumber) {
    return jdbc.sql("update cd_withdrawal_limit_request set kyc_case_number = :kyc where case_number = :n and kyc_case_number is null")
        .param("kyc", kycCaseNumber).param("n", caseNumber).update() == 1;
  }

  Optional<LimitRequest> find(String caseNumber) {
    return jdbc.sql("select * from cd_withdrawal_limit_request where case_number = :n")
        .param("n", caseNumber)
        .query(LimitRequests::map)
        .optional();
  }

  private static LimitRequest map(ResultSet rs, int row) throws SQLException {
    return new LimitRequest(
        rs.getString("case_number"), rs.getString("customer_uid"), usd(rs, "requested_daily_usd"), usd(rs, "current_daily_usd"),
        rs.getInt("kyc_level"), rs.getString("decision"), rs.getString("reason"), rs.getString("review_queue"),
        (Integer) rs.getObject("needed_kyc_level", Integer.class), usd(rs, "approved_daily_usd"), rs.getString("decision_instance_id"),
        rs.getString("rule_id"), rs.getString("explanation"), instant(rs, "decided_at"), usd(rs, "applied_daily_usd"),
        instant(rs, "applied_at"), rs.getString("kyc_case_number"));
  }

  private static BigDecimal usd(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : UsdAmounts.normalized(value);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
