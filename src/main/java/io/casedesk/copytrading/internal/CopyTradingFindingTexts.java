package io.casedesk.copytrading.internal;

import io.casedesk.copytrading.Fault;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The reconciliation in words and numbers, in the case's language (the type's bundle
 * {@code casetypes/copy-trading-dispute/messages_<lang>.properties}): the rows of the review forms'
 * table, and the lines of the finding the customer gets. Numbers stay as the ledger has them (prices
 * as booked, slippage in percent to three places, amounts to the cent), so an agent can check them.
 */
@Component
class CopyTradingFindingTexts {

  static final String NONE = "—";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final DeskMessages messages;

  CopyTradingFindingTexts(DeskMessages messages) {
    this.messages = messages;
  }

  /** One row per order for the forms' table; keys are the table's columns. */
  List<Map<String, String>> tableRows(List<OrderFinding> orders, SupportedLanguage language) {
    return orders.stream().map(order -> row(order, language)).toList();
  }

  private Map<String, String> row(OrderFinding order, SupportedLanguage language) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("order", order.copyOrderId() == null ? order.leadOrderId() : order.leadOrderId() + " / " + order.copyOrderId());
    row.put("pair", order.symbol() + " " + text("side." + order.side(), language) + " " + plain(order.quantity()));
    row.put("leadPrice", plain(order.leadPrice()));
    row.put("fillPrice", fill(order));
    row.put("slippage", order.slippage() == null ? NONE : percent(order.slippage(), 3));
    row.put("cap", percent(order.cap(), -1));
    row.put("verdict", verdict(order, language));
    row.put("fault", order.fault() == null ? NONE : text("fault." + order.fault(), language));
    row.put("amount", amount(order, language));
    return row;
  }

  /** The finding order by order, for the customer's message. */
  String customerLines(List<OrderFinding> orders, List<String> unknownOrderIds, String leadTrader, SupportedLanguage language) {
    StringBuilder lines = new StringBuilder();
    if (orders.isEmpty()) {
      lines.append(format("finding.noOrders", Map.of("leadTrader", leadTrader), language));
    }
    for (OrderFinding order : orders) {
      Map<String, String> row = row(order, language);
      String compensation = order.fault() == Fault.PLATFORM_FAULT
          ? " " + format("finding.compensation", Map.of("amount", row.get("amount")), language) : "";
      Map<String, String> values = new LinkedHashMap<>(row);
      values.put("compensation", compensation);
      if (!lines.isEmpty()) {
        lines.append('\n');
      }
      lines.append(format("finding.line", values, language));
    }
    if (!unknownOrderIds.isEmpty()) {
      lines.append("\n\n").append(format("finding.unknownOrders",
          Map.of("orderIds", String.join(", ", unknownOrderIds), "leadTrader", leadTrader), language));
    }
    return lines.toString();
  }

  private String verdict(OrderFinding order, SupportedLanguage language) {
    String verdicts = order.verdicts().stream()
        .map(v -> format("verdict." + v, Map.of("seconds", order.delay() == null ? "" : Long.toString(order.delay().toSeconds())), language))
        .collect(Collectors.joining("; "));
    if (order.failureReason() == null) {
      return verdicts;
    }
    return verdicts + ": " + messages.find("failure." + order.failureReason(), language).orElse(order.failureReason());
  }

  private String amount(OrderFinding order, SupportedLanguage language) {
    if (order.fault() != Fault.PLATFORM_FAULT) {
      return NONE;
    }
    if (order.compensation() == null) {
      return text("finding.byHand", language);
    }
    return order.compensation().toPlainString() + " " + CopyTradeReconciliation.COMPENSATION_ASSET;
  }

  private static String fill(OrderFinding order) {
    if (order.fillPrice() == null) {
      return NONE;
    }
    return order.partlyFilled() ? plain(order.fillPrice()) + " × " + plain(order.filledQuantity()) : plain(order.fillPrice());
  }

  private static String plain(BigDecimal value) {
    return value == null ? NONE : value.stripTrailingZeros().toPlainString();
  }

  /** A fraction as percent: to {@code places} places, or as short as exact when negative. */
  static String percent(BigDecimal fraction, int places) {
    BigDecimal percent = fraction.multiply(HUNDRED);
    percent = places < 0 ? percent.stripTrailingZeros() : percent.setScale(places, RoundingMode.HALF_UP);
    return percent.toPlainString() + " %";
  }

  private String text(String key, SupportedLanguage language) {
    return messages.find(key, language).orElse(key);
  }

  private String format(String key, Map<String, String> values, SupportedLanguage language) {
    Matcher m = PLACEHOLDER.matcher(text(key, language));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
