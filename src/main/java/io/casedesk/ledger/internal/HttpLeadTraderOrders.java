package io.casedesk.ledger.internal;

import io.casedesk.ledger.LeadTraderOrders;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The lead traders' orders from the exchange's back office ({@code GET /copy-trading/lead-traders/{leadTrader}/orders});
 * a lead trader it does not know (404) has no orders.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpLeadTraderOrders implements LeadTraderOrders {

  private final BackOfficeHttp backOffice;

  HttpLeadTraderOrders(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
  }

  // The answer has exactly the shape of the port's record (see the API description).
  @Override
  public List<LeadOrder> followedOrders(String leadTrader, String followerUid, Instant from, Instant to) {
    return backOffice.list(() -> backOffice.client().get()
        .uri(b -> b.path("/copy-trading/lead-traders/{leadTrader}/orders")
            .queryParam("follower", followerUid).queryParam("from", from).queryParam("to", to).build(leadTrader))
        .retrieve().body(LeadOrder[].class));
  }
}
