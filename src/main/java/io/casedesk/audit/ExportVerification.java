package io.casedesk.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.audit.internal.Ed25519Keys;
import io.casedesk.audit.internal.ExportFormat.Format;
import io.casedesk.audit.internal.ExportFormat;
import io.casedesk.audit.internal.Jcs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks an audit export (JSON Lines or CSV) without the desk: the hash chain entry by entry, the
 * manifest's count and last hash, its Ed25519 signature with the desk's public key, and that the file
 * is byte for byte the desk's layout of its own entries, so that a changed byte, a removed line or
 * lines in another order fail. The command {@code java -jar casedesk.jar verify-export FILE --key KEY.pem}
 * runs it; {@code src/main/scripts/verify-export.py} does the same in plain Python 3.
 */
public final class ExportVerification {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What the verification found. */
  public record Result(boolean valid, String message, int count, String lastHash, JsonNode manifest) {

    static Result failed(String message) {
      return new Result(false, message, 0, null, null);
    }
  }

  private ExportVerification() {}

  /** {@code verify-export FILE --key PUBLIC_KEY.pem}: exit 0 when the export is intact and signed by that key, 1 when not, 2 on wrong use. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path file = null;
    Path key = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--key") && i + 1 < args.length) {
        key = Path.of(args[++i]);
      } else if (file == null && !args[i].startsWith("--")) {
        file = Path.of(args[i]);
      } else {
        file = null;
        break;
      }
    }
    if (file == null || key == null) {
      err.println("Usage: java -jar casedesk.jar verify-export EXPORT_FILE --key EXPORT_PUBLIC_KEY.pem");
      err.println("  EXPORT_PUBLIC_KEY.pem is the desk's key as GET /api/audit/export-key serves it.");
      return 2;
    }
    PublicKey publicKey;
    byte[] bytes;
    try {
      publicKey = Ed25519Keys.fromPublicPem(Files.readString(key));
      bytes = Files.readAllBytes(file);
    } catch (IOException | IllegalArgumentException e) {
      err.println("FAILED: " + e.getMessage());
      return 2;
    }
    Result result = verify(bytes, publicKey);
    if (!result.valid()) {
      out.println("FAILED: " + result.message());
      return 1;
    }
    JsonNode m = result.manifest();
    out.println("OK: " + result.count() + " entries, hash chain intact, last hash " + result.lastHash());
    out.println("Signed with the key " + Ed25519Keys.fingerprint(publicKey) + " (SHA-256 of the public key)");
    out.println("Exported by " + m.path("exportedBy").asText() + " at " + m.path("exportedAt").asText() + "; query " + Jcs.canonical(m.path("query")));
    return 0;
  }

  public static Result verify(byte[] bytes, PublicKey publicKey) {
    try {
      return check(bytes, publicKey);
    } catch (IllegalArgumentException e) {
      // Content canonical JSON cannot hold (a fractional or oversized number, a lone surrogate).
      return Result.failed(e.getMessage());
    }
  }

  private static Result check(byte[] bytes, PublicKey publicKey) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Result.failed("the file is not UTF-8");
    }
    Format format = text.startsWith("\"" + ExportFormat.SEQ + "\",") ? Format.CSV : Format.JSONL;
    List<ObjectNode> records;
    try {
      records = format == Format.CSV ? csvRecords(text) : jsonlRecords(text);
    } catch (IllegalArgumentException e) {
      return Result.failed(e.getMessage());
    }
    if (records.isEmpty()) {
      return Result.failed("the file has no manifest");
    }
    ObjectNode manifestLine = records.remove(records.size() - 1);
    if (!manifestLine.has(ExportFormat.MANIFEST) || !manifestLine.has(ExportFormat.SIGNATURE) || manifestLine.size() != 2
        || !manifestLine.get(ExportFormat.MANIFEST).isObject() || !manifestLine.get(ExportFormat.SIGNATURE).isTextual()) {
      return Result.failed("the last line is not the manifest {\"manifest\": ..., \"signature\": ...}");
    }
    String previous = ExportFormat.GENESIS;
    for (int i = 0; i < records.size(); i++) {
      ObjectNode entry = records.get(i);
      int line = i + 1 + (format == Format.CSV ? 1 : 0);
      if (entry.has(ExportFormat.MANIFEST)) {
        return Result.failed("line " + line + ": a manifest before the last line");
      }
      if (!entry.path(ExportFormat.SEQ).isIntegralNumber() || entry.get(ExportFormat.SEQ).asLong() != i + 1) {
        return Result.failed("line " + line + ": seq is " + entry.path(ExportFormat.SEQ) + ", expected " + (i + 1) + " (a line removed, added or moved)");
      }
      if (!previous.equals(entry.path(ExportFormat.PREV_HASH).asText())) {
        return Result.failed("line " + line + ": prevHash does not match the hash of the entry before it");
      }
      String hash = ExportFormat.hash(previous, entry);
      if (!hash.equals(entry.path(ExportFormat.HASH).asText())) {
        return Result.failed("line " + line + ": hash does not match the entry (its content was changed)");
      }
      previous = hash;
    }
    JsonNode manifest = manifestLine.get(ExportFormat.MANIFEST);
    if (!manifest.path("count").isIntegralNumber() || manifest.get("count").asLong() != records.size()) {
      return Result.failed("the manifest counts " + manifest.path("count") + " entries, the file has " + records.size());
    }
    if (!previous.equals(manifest.path("lastHash").asText())) {
      return Result.failed("the manifest's lastHash is not the hash of the last entry");
    }
    if (!manifest.path("query").isObject() || !manifest.path("exportedAt").isTextual() || !manifest.path("exportedBy").isTextual()
        || manifest.size() != 5) {
      return Result.failed("the manifest has not exactly count, lastHash, query, exportedAt and exportedBy");
    }
    if (!Ed25519Keys.verify(publicKey, Jcs.canonical(manifest), manifestLine.get(ExportFormat.SIGNATURE).asText())) {
      return Result.failed("the manifest's signature does not verify with this public key");
    }
    String expected = ExportFormat.render(format, records, manifestLine);
    if (!expected.equals(text)) {
      return Result.failed("line " + firstDifference(expected, text) + " is not written as the desk writes it (bytes changed)");
    }
    return new Result(true, "valid", records.size(), previous, manifest);
  }

  private static List<ObjectNode> jsonlRecords(String text) {
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("the file does not end with a line feed (cut off?)");
    }
    List<ObjectNode> records = new ArrayList<>();
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      records.add(object(lines[i], i + 1));
    }
    return records;
  }

  private static List<ObjectNode> csvRecords(String text) {
    List<List<String>> rows = Csv.parse(text);
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() != 12) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + row.size() + " columns instead of 12");
      }
      ObjectNode record = object(row.get(9), i + 1);
      if (!record.has(ExportFormat.MANIFEST)) {
        record.put(ExportFormat.HASH, row.get(11));
      }
      records.add(record);
    }
    return records;
  }

  private static ObjectNode object(String json, int line) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      // reported below
    }
    throw new IllegalArgumentException("line " + line + " is not a JSON object");
  }

  private static int firstDifference(String expected, String actual) {
    int line = 1;
    for (int i = 0; i < Math.min(expected.length(), actual.length()); i++) {
      if (expected.charAt(i) != actual.charAt(i)) {
        return line;
      }
      if (expected.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** RFC 4180 fields: quoted or not, "" inside quotes, CRLF or LF between records. */
  static final class Csv {

    private static final Set<Character> LINE_ENDS = Set.of('\r', '\n');

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
          any = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
          any = true;
        } else if (LINE_ENDS.contains(c)) {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          rows.add(row);
          row = new ArrayList<>();
          field.setLength(0);
          any = false;
        } else {
          field.append(c);
          any = true;
        }
      }
      if (quoted) {
        throw new IllegalArgumentException("the CSV ends inside a quoted field (cut off?)");
      }
      if (any || field.length() > 0) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
