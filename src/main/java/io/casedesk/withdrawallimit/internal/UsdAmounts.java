package io.casedesk.withdrawallimit.internal;

import io.casedesk.i18n.DeskMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/** Amounts in USD as the desk writes them: plain for systems, grouped in the case language for people. */
final class UsdAmounts {

  private UsdAmounts() {}

  /** {@code 25000}, {@code 1500.5}: no exponent, no trailing zeros. */
  static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /** The amount without trailing zeros and without an exponent: 25000, 1500.5. */
  static BigDecimal normalized(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code 25,000 USD} in English, {@code 25 000 USD} in Russian, {@code 25.000 USD} in Spanish. */
  static String text(BigDecimal amount, String language) {
    NumberFormat format = NumberFormat.getNumberInstance(DeskMessages.locale(language));
    format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(amount) + " USD";
  }
}
