package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.audit.internal.ExportFormat.Format;
import io.casedesk.web.ClientProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Signed exports of a case's trail or of a search's cases (see {@link ExportFormat}). Every export is
 * recorded in the audit log before it is handed out: who exported which case or search, in which
 * format, when, how many entries, and the last hash, which identifies the file.
 */
@Service
class AuditExports {

  /** A search that matches more cases than one export may hold: 422. */
  static class TooManyCases extends ClientProblem {
    TooManyCases(long found, int max) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "export-too-large", "Too many cases for one export",
          "The search matches " + found + " cases; one export holds at most " + max + ". Narrow the search (days, type, UID).");
    }
  }

  record Export(String fileName, Format format, byte[] content, int count, String lastHash) {}

  private final TrailBuilder trails;
  private final AuditSearch search;
  private final ExportKey key;
  private final AuditLog auditLog;
  private final Actors actors;
  private final AuditSettings settings;
  private final ObjectMapper json;
  private final Clock clock;

  AuditExports(TrailBuilder trails, AuditSearch search, ExportKey key, AuditLog auditLog, Actors actors, AuditSettings settings,
      ObjectMapper json, Clock clock) {
    this.trails = trails;
    this.search = search;
    this.key = key;
    this.auditLog = auditLog;
    this.actors = actors;
    this.settings = settings;
    this.json = json;
    this.clock = clock;
  }

  Export caseTrail(String caseNumber, Format format) {
    Trail trail = trails.build(caseNumber);
    ObjectNode query = json.createObjectNode();
    query.put("caseNumber", caseNumber);
    query.put("format", format.extension);
    return export(copies(trail.entries()), query, format, caseNumber, caseNumber + "-audit");
  }

  Export searchResult(AuditSearch.Criteria criteria, Format format) {
    long found = search.count(criteria);
    if (found > settings.getExportMaxCases()) {
      throw new TooManyCases(found, settings.getExportMaxCases());
    }
    List<ObjectNode> entries = new ArrayList<>();
    List<String> cases = search.caseNumbers(criteria, settings.getExportMaxCases());
    cases.forEach(n -> entries.addAll(copies(trails.build(n).entries())));
    ObjectNode query = json.createObjectNode();
    query.set("search", json.valueToTree(criteria.asMap()));
    query.put("cases", cases.size());
    query.put("format", format.extension);
    return export(entries, query, format, null, "audit-search");
  }

  private Export export(List<ObjectNode> entries, ObjectNode query, Format format, String caseNumber, String name) {
    Actors.Acting by = actors.current();
    Instant at = clock.instant();
    String lastHash = ExportFormat.chain(entries);
    ObjectNode manifest = ExportFormat.manifest(entries.size(), lastHash, query, at, by.id() == null ? "desk" : by.id());
    ObjectNode line = ExportFormat.manifestLine(manifest, key.sign(Jcs.canonical(manifest)));
    byte[] content = ExportFormat.render(format, entries, line).getBytes(StandardCharsets.UTF_8);
    ObjectNode detail = json.createObjectNode();
    detail.set("query", query);
    detail.put("format", format.extension);
    detail.put("count", entries.size());
    detail.put("lastHash", lastHash);
    detail.put("bytes", content.length);
    detail.put("keyFingerprint", key.fingerprint());
    auditLog.record(new AuditRecord(null, caseNumber, at, AuditRecord.EXPORT, by.type(), by.id(),
        "export " + format.extension + " " + (caseNumber != null ? caseNumber : "search"), "OK", null, null, null, detail.toString()));
    String stamp = at.toString().replace(":", "").replace("-", "");
    return new Export(name + "-" + stamp + "." + format.extension, format, content, entries.size(), lastHash);
  }

  private static List<ObjectNode> copies(List<ObjectNode> entries) {
    return entries.stream().map(ObjectNode::deepCopy).toList();
  }
}
