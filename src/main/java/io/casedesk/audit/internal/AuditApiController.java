package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.audit.internal.ExportFormat.Format;
import io.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance audit API: read-only, for {@code compliance} and administrators. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Compliance: every case's full trail, running or ended; search; signed exports")
class AuditApiController {

  private final TrailBuilder trails;
  private final AuditSearch search;
  private final AuditExports exports;
  private final ExportKey key;
  private final AuditLog auditLog;
  private final ObjectMapper json;
  private final AuditValues values;

  AuditApiController(TrailBuilder trails, AuditSearch search, AuditExports exports, ExportKey key, AuditLog auditLog, ObjectMapper json) {
    this.trails = trails;
    this.search = search;
    this.exports = exports;
    this.key = key;
    this.auditLog = auditLog;
    this.json = json;
    this.values = new AuditValues(json);
  }

  @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Search cases", description = "Filters may be combined; from and to are days (UTC), both included. Newest first.")
  @ApiResponse(responseCode = "200", description = "A page of cases, newest first, with what the audit knows of each")
  ObjectNode search(@ParameterObject SearchParameters search, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return json.valueToTree(this.search.search(search.criteria(), page, size));
  }

  @GetMapping(path = "/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The audit trail of one case, running or ended",
      description = "A summary (triage, who decided what and when, check results, four eyes, SLA) and every entry in time order, "
          + "each naming its actor: a PERSON, the DESK itself or the exchange's BACK_END.")
  @ApiResponse(responseCode = "200", description = "The case's summary and its trail, oldest entry first")
  ObjectNode trail(@PathVariable String caseNumber) {
    Trail trail = trails.build(caseNumber);
    ObjectNode body = json.createObjectNode();
    body.put("caseNumber", trail.caseNumber());
    body.set("summary", trail.summary());
    body.putArray("entries").addAll(trail.entries());
    return body;
  }

  @GetMapping(path = "/cases/{caseNumber}/export")
  @Operation(summary = "Export a case's trail, hash-chained and signed", description = "format jsonl or csv; see the README on verifying an export.")
  @ApiResponse(responseCode = "200", description = "The export, as a download; recorded with who exported it", content = {
      @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
      @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
  ResponseEntity<byte[]> exportCase(@PathVariable String caseNumber, @RequestParam(defaultValue = "jsonl") String format) {
    return download(exports.caseTrail(caseNumber, format(format)));
  }

  @GetMapping(path = "/cases/export")
  @Operation(summary = "Export the trails of every case a search finds, hash-chained and signed", description = "The search's filters and format jsonl or csv.")
  @ApiResponse(responseCode = "200", description = "The export of every case found, as a download; recorded with who exported it", content = {
      @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
      @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
  ResponseEntity<byte[]> exportSearch(@ParameterObject SearchParameters search, @RequestParam(defaultValue = "jsonl") String format) {
    return download(exports.searchResult(search.criteria(), format(format)));
  }

  @GetMapping(path = "/export-key", produces = "application/x-pem-file")
  @Operation(summary = "The public key that verifies exports (Ed25519, PEM)")
  @ApiResponse(responseCode = "200", description = "The public key, SubjectPublicKeyInfo in PEM; its SHA-256 fingerprint in X-Key-Fingerprint",
      content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string")))
  ResponseEntity<String> exportKey() {
    return ResponseEntity.ok()
        .header("X-Key-Fingerprint", key.fingerprint())
        .contentType(MediaType.parseMediaType("application/x-pem-file"))
        .body(key.publicKeyPem());
  }

  @GetMapping(path = "/exports", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Who exported what, when: every export, newest first")
  @ApiResponse(responseCode = "200", description = "A page of exports, newest first")
  ObjectNode exportsMade(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > AuditSearch.MAX_PAGE_SIZE) {
      throw new InvalidRequestException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to " + AuditSearch.MAX_PAGE_SIZE);
    }
    ObjectNode body = json.createObjectNode();
    body.put("page", page);
    body.put("size", size);
    body.put("total", auditLog.countOfKind(AuditRecord.EXPORT));
    ArrayNode items = body.putArray("items");
    for (AuditRecord r : auditLog.ofKind(AuditRecord.EXPORT, page * size, size)) {
      ObjectNode item = items.addObject();
      item.put("exportedAt", r.at().toString());
      item.put("exportedBy", r.actor());
      item.put("caseNumber", r.caseNumber());
      item.put("operation", r.operation());
      item.set("detail", values.parsedOrText(r.detail()));
    }
    return body;
  }

  static Format format(String name) {
    try {
      return Format.of(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("format", "must be jsonl or csv");
    }
  }

  static ResponseEntity<byte[]> download(AuditExports.Export export) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(export.format().mediaType + "; charset=utf-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString())
        .header("X-Export-Last-Hash", export.lastHash())
        .body(export.content());
  }
}
