package io.casedesk.ledger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The embedded back office: the desk's own ledger tables, filled with demo accounts by default. */
@Component
class EmbeddedLedger implements LedgerPort {

  private final JdbcClient jdbc;
  private final Clock clock;

  EmbeddedLedger(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Account> findAccount(String uid) {
    return jdbc.sql("select uid, email, status, kyc_level from ledger_account where uid = :uid")
        .param("uid", uid)
        .query(
            (rs, row) ->
                new Account(
                    rs.getString("uid"),
                    rs.getString("email"),
                    AccountStatus.valueOf(rs.getString("status")),
                    rs.getInt("kyc_level")))
        .optional();
  }

  @Override
  public void setKycLevel(String uid, int level) {
    int updated =
        jdbc.sql("update ledger_account set kyc_level = :level, updated_at = :now where uid = :uid")
            .param("level", level)
            .param("now", clock.instant().atOffset(ZoneOffset.UTC))
            .param("uid", uid)
            .update();
    if (updated == 0) {
      throw new UnknownAccountException(uid);
    }
  }
}
