package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The layout of an audit export, written by the desk and re-created by the verification, which
 * accepts a file only if it is byte for byte what this layout makes of its own entries.
 *
 * <ul>
 *   <li>Entries are chained: entry {@code n} carries {@code seq} n (from 1), {@code prevHash} (the
 *       previous entry's {@code hash}; 64 zeros for the first) and {@code hash}: the hex SHA-256 of
 *       {@code prevHash} followed by the entry's RFC 8785 canonical JSON without {@code hash}, both
 *       as UTF-8.
 *   <li>The manifest {@code {count, lastHash, query, exportedAt, exportedBy}} is signed with
 *       Ed25519 over its canonical JSON; the signature is base64.
 *   <li>JSON Lines: each entry's canonical JSON (with {@code hash}) on a line, then the line
 *       {@code {"manifest": ..., "signature": ...}}, also canonical; every line ends with LF.
 *   <li>CSV (RFC 4180, every field quoted, CRLF): a header, a row per entry with readable columns
 *       taken from the entry, the entry's canonical JSON without {@code hash}, its {@code prevHash}
 *       and {@code hash}; last a row with {@code kind} MANIFEST and the manifest line in
 *       {@code entry}.
 * </ul>
 */
public final class ExportFormat {

  public enum Format {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public static Format of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("format must be jsonl or csv");
      }
    }
  }

  public static final String GENESIS = "0".repeat(64);
  public static final String SEQ = "seq";
  public static final String PREV_HASH = "prevHash";
  public static final String HASH = "hash";
  public static final String MANIFEST = "manifest";
  public static final String SIGNATURE = "signature";
  /** The readable CSV columns, each an entry field of that name. */
  static final List<String> READABLE = List.of("at", "caseNumber", "kind", "actorType", "actor", "process", "step", "stepName");
  static final List<String> CSV_HEADER = List.of(
      SEQ, "at", "caseNumber", "kind", "actorType", "actor", "process", "step", "stepName", "entry", PREV_HASH, HASH);
  static final String MANIFEST_KIND = "MANIFEST";

  private ExportFormat() {}

  /** Numbers the entries and chains them, in place; returns the last hash (the genesis value for none). */
  public static String chain(List<ObjectNode> entries) {
    String previous = GENESIS;
    long seq = 0;
    for (ObjectNode entry : entries) {
      entry.remove(HASH);
      entry.put(SEQ, ++seq);
      entry.put(PREV_HASH, previous);
      previous = hash(previous, entry);
      entry.put(HASH, previous);
    }
    return previous;
  }

  /** SHA-256 of prevHash followed by the entry's canonical JSON without its hash. */
  public static String hash(String previous, ObjectNode entry) {
    ObjectNode withoutHash = entry.deepCopy();
    withoutHash.remove(HASH);
    return sha256(previous + Jcs.canonical(withoutHash));
  }

  public static ObjectNode manifest(int count, String lastHash, JsonNode query, Instant exportedAt, String exportedBy) {
    ObjectNode manifest = JsonNodeFactory.instance.objectNode();
    manifest.put("count", count);
    manifest.put("lastHash", lastHash);
    manifest.set("query", query);
    manifest.put("exportedAt", exportedAt.toString());
    manifest.put("exportedBy", exportedBy);
    return manifest;
  }

  public static ObjectNode manifestLine(ObjectNode manifest, String signature) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.set(MANIFEST, manifest);
    line.put(SIGNATURE, signature);
    return line;
  }

  /** The file: chained entries (with their hashes) and the signed manifest line. */
  public static String render(Format format, List<ObjectNode> entries, ObjectNode manifestLine) {
    StringBuilder out = new StringBuilder();
    if (format == Format.JSONL) {
      entries.forEach(e -> out.append(Jcs.canonical(e)).append('\n'));
      out.append(Jcs.canonical(manifestLine)).append('\n');
      return out.toString();
    }
    csvRow(out, CSV_HEADER);
    for (ObjectNode entry : entries) {
      ObjectNode withoutHash = entry.deepCopy();
      withoutHash.remove(HASH);
      String[] row = new String[CSV_HEADER.size()];
      row[0] = text(entry.get(SEQ));
      for (int i = 0; i < READABLE.size(); i++) {
        row[i + 1] = text(entry.get(READABLE.get(i)));
      }
      row[9] = Jcs.canonical(withoutHash);
      row[10] = text(entry.get(PREV_HASH));
      row[11] = text(entry.get(HASH));
      csvRow(out, List.of(row));
    }
    String[] last = new String[CSV_HEADER.size()];
    java.util.Arrays.fill(last, "");
    last[3] = MANIFEST_KIND;
    last[9] = Jcs.canonical(manifestLine);
    csvRow(out, List.of(last));
    return out.toString();
  }

  private static void csvRow(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
