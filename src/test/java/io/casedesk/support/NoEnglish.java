package io.casedesk.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text a Chinese agent reads holds English. Chinese needs no Latin letters, so every word
 * in Latin letters is suspect, except what is not English:
 *
 * <ul>
 *   <li>codes and acronyms, written in capitals of up to four letters: country and currency codes
 *       (CN, USD, USDT), UTC, KYC, PEP, UID, VIP, IP, SHA (of SHA-256);
 *   <li>tokens that mix letters and digits: 2FA, document and case numbers, addresses, digests;
 *   <li>single letters;
 *   <li>the case's own data in Latin script that the test names, words or whole phrases (the
 *       applicant's name, the device the customer wrote from).
 * </ul>
 *
 * Digits, dates and punctuation pass. What is left is listed with the line it stood in. A status such
 * as "STANDARD" or "FAILED" is longer than a code and is caught.
 */
public final class NoEnglish {

  /** A word of two or more Latin letters, not part of a token with digits. */
  private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,4}");

  private NoEnglish() {}

  /** Each English-looking word with the line it stood in; empty when there is none. */
  public static Map<String, String> in(String text, Set<String> data) {
    Set<String> allowed = new TreeSet<>(data);
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String rest = line;
      for (String phrase : data) {
        rest = rest.replace(phrase, " ");
      }
      Matcher word = LATIN_WORD.matcher(rest);
      while (word.find()) {
        if (!allowed.contains(word.group()) && !CODE.matcher(word.group()).matches()) {
          found.putIfAbsent(word.group(), line.trim());
        }
      }
    }
    return found;
  }
}
