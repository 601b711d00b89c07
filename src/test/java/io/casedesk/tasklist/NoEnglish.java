package io.casedesk.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text a Chinese agent reads holds English. Chinese needs no Latin letters, so every word
 * in Latin letters is suspect, except what is not English: codes and acronyms Chinese support staff
 * use as they are ({@link #CODES}), single letters (of document numbers, a version's "v."), and the
 * case's own data in Latin script that the test names (the applicant's name, country codes). Digits,
 * dates, case numbers' digits, hexadecimal digests and punctuation pass. What is left is listed with where it stood.
 */
final class NoEnglish {

  /** Acronyms and codes that stay as they are in Chinese: the case number's prefix, UID, KYC, PEP, SHA-256, UTC, VIP. */
  static final Set<String> CODES = Set.of("CD", "UID", "KYC", "PEP", "SHA", "UTC", "VIP");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  /** A document's SHA-256 (or any long hexadecimal digest) is data, whatever letters it holds. */
  private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-fA-F]{16,}\\b");

  private NoEnglish() {}

  /** Each English-looking word with the line it stood in; empty when there is none. */
  static Map<String, String> in(String text, Set<String> data) {
    Set<String> allowed = new TreeSet<>(CODES);
    allowed.addAll(data);
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      Matcher word = LATIN_WORD.matcher(DIGEST.matcher(line).replaceAll(" "));
      while (word.find()) {
        if (!allowed.contains(word.group())) {
          found.putIfAbsent(word.group(), line.trim());
        }
      }
    }
    return found;
  }
}
