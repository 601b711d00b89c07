package io.casedesk.ledger.internal;

import io.casedesk.ledger.AccountStanding;
import io.casedesk.ledger.EmbeddedBackOffice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The embedded back office values holdings at the prices in {@code ledger_asset_price}. */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedAccountStanding implements AccountStanding {

  private final JdbcClient jdbc;
  private final EmbeddedBackOffice backOffice;

  EmbeddedAccountStanding(JdbcClient jdbc, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.backOffice = backOffice;
  }

  record Priced(AccountStanding.Holding holding, Instant pricedAt) {}

  @Override
  public Optional<Standing> standing(String uid) {
    backOffice.requireAvailable();
    Optional<Instant> opened = jdbc.sql("select created_at from ledger_account where uid = :uid").param("uid", uid)
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    List<Priced> priced = jdbc.sql("""
            select b.asset, b.available + b.locked as amount, p.usd_price, p.priced_at
            from ledger_balance b left join ledger_asset_price p on p.asset = b.asset
            where b.customer_uid = :uid order by b.asset
            """)
        .param("uid", uid)
        .query((rs, row) -> {
          BigDecimal amount = rs.getBigDecimal("amount").stripTrailingZeros();
          BigDecimal price = rs.getBigDecimal("usd_price");
          OffsetDateTime at = rs.getObject("priced_at", OffsetDateTime.class);
          return new Priced(new Holding(rs.getString("asset"), amount, price == null ? null : price.stripTrailingZeros(),
              price == null ? null : amount.multiply(price).setScale(2, RoundingMode.HALF_UP)), at == null ? null : at.toInstant());
        })
        .list();
    BigDecimal total = priced.stream().map(p -> p.holding().usdValue()).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
    Instant pricedAt = priced.stream().map(Priced::pricedAt).filter(at -> at != null).min(Instant::compareTo).orElse(null);
    return Optional.of(new Standing(uid, opened.get(), total, priced.stream().map(Priced::holding).toList(), pricedAt));
  }
}
