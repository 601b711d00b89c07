package io.casedesk.twofactor.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals as customers and the back office write them, compared in one spelling. */
final class IpAddresses {

  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  /** Hex digits, colons and an embedded IPv4 part only, so the JDK parses it as a literal and never asks DNS. */
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private IpAddresses() {}

  /** The address in its canonical spelling (IPv6 compressed, lower case), or empty when it is not an IP address. */
  static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.trim();
    if (IPV4.matcher(value).matches()) {
      return Optional.of(value);
    }
    if (!IPV6_CHARACTERS.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(compress(InetAddress.getByName(value).getHostAddress()));
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code 2001:db8:0:0:0:0:0:1} as {@code 2001:db8::1}: the longest run of zero groups folded once. */
  private static String compress(String full) {
    if (!full.contains(":")) {
      return full; // an IPv4-mapped IPv6 address comes back as IPv4
    }
    String[] groups = full.toLowerCase(java.util.Locale.ROOT).split(":");
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; i++) {
      int j = i;
      while (j < groups.length && groups[j].equals("0")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
    }
    if (bestStart < 0) {
      return String.join(":", groups);
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    return head + "::" + tail;
  }
}
