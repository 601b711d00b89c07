package io.casedesk.copytrading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Requests the exchange's back end sends for copy-trading disputes. */
public final class CopyTradingRequests {

  /** The demo window: alphawhale's and bluefinquant's demo orders lie in it. */
  public static final String FROM = "2026-11-18T00:00:00Z";
  public static final String TO = "2026-11-24T00:00:00Z";

  private CopyTradingRequests() {}

  public static ObjectNode dispute(ObjectMapper json, String uid, String leadTrader, String locale, String claim, String... orderIds) {
    ObjectNode request = json.createObjectNode();
    request.put("type", "COPY_TRADING_DISPUTE");
    request.put("customerUid", uid);
    request.put("channel", "WEB_FORM");
    request.put("tier", "STANDARD");
    request.put("locale", locale);
    request.put("subject", "My copy trades lost money");
    request.put("description", "I follow " + leadTrader + " and my account did not do what theirs did.");
    ObjectNode details = request.putObject("details");
    details.put("leadTrader", leadTrader);
    details.put("from", FROM);
    details.put("to", TO);
    details.put("claim", claim);
    if (orderIds.length > 0) {
      ArrayNode ids = details.putArray("orderIds");
      for (String id : orderIds) {
        ids.add(id);
      }
    }
    return request;
  }
}
