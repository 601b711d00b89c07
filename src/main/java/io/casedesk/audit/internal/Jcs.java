package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON of audit exports: object members sorted by
 * the UTF-16 code units of their names, no white space, strings escaped as ECMAScript's
 * {@code JSON.stringify} does. Export entries carry no fractional numbers (the desk writes those as
 * strings), so a number here is an integer of at most 2^53 in magnitude, which every
 * implementation of the scheme writes the same way; anything else is refused rather than guessed.
 */
public final class Jcs {

  /** The largest integer an IEEE 754 double holds exactly: beyond it JSON readers disagree. */
  static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

  private Jcs() {}

  public static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        // String.compareTo compares UTF-16 code units, which is the order RFC 8785 prescribes.
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(names.get(i), out);
          out.append(':');
          write(node.get(names.get(i)), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> string(node.textValue(), out);
      case NUMBER -> out.append(integer(node));
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      default -> throw new IllegalArgumentException("Not JSON: " + node.getNodeType());
    }
  }

  private static String integer(JsonNode number) {
    BigInteger value;
    if (number.isIntegralNumber()) {
      value = number.bigIntegerValue();
    } else {
      try {
        value = number.decimalValue().toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("Fractional number " + number + ": audit exports write such values as strings");
      }
    }
    if (value.abs().compareTo(MAX_SAFE) > 0) {
      throw new IllegalArgumentException("Number " + value + " is beyond 2^53: audit exports write such values as strings");
    }
    return value.toString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("A lone surrogate is not valid in canonical JSON (RFC 8785)");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
