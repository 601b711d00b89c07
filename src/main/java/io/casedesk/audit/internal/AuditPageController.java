package io.casedesk.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The compliance audit page at {@code /audit}: search cases, read a trail, export it; server-side
 * HTML in the reader's language. Read-only, for {@code compliance} and administrators.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  static final int PAGE_SIZE = 20;

  /** Groups of entries the trail view can be narrowed to. */
  enum Show {
    ALL(e -> true),
    PEOPLE(e -> !e.path("actorType").asText().equals(ActorType.DESK.name())),
    DECISIONS(e -> Set.of("DECISION_EVALUATED", "FORM_FIELD_SUBMITTED").contains(kind(e))
        || (kind(e).equals("STEP_ENDED") && e.at("/data/activityType").asText().equals(TrailBuilder.ACTIVITY_USER_TASK))
        || (kind(e).equals("VARIABLE_SET") && e.path("actorType").asText().equals(ActorType.PERSON.name()))),
    CALLS(e -> Set.of(AuditRecord.LEDGER_CALL, AuditRecord.CHAIN_CALL, AuditRecord.API_REQUEST).contains(kind(e))),
    SLA(e -> kind(e).startsWith("SLA_")),
    MESSAGES(e -> Set.of("NOTIFICATION", "CUSTOMER_REPLY").contains(kind(e))),
    PROBLEMS(e -> kind(e).startsWith("INCIDENT_") || kind(e).equals("JOB_FAILED"));

    final Predicate<JsonNode> test;

    Show(Predicate<JsonNode> test) {
      this.test = test;
    }

    static String kind(JsonNode e) {
      return e.path("kind").asText();
    }
  }

  private final AuditSearch search;
  private final TrailBuilder trails;
  private final AuditExports exports;
  private final ExportKey key;
  private final CaseTypes types;
  private final AuditLocales locales;
  private final ObjectMapper json;

  AuditPageController(AuditSearch search, TrailBuilder trails, AuditExports exports, ExportKey key, CaseTypes types, AuditLocales locales,
      ObjectMapper json) {
    this.search = search;
    this.trails = trails;
    this.exports = exports;
    this.key = key;
    this.types = types;
    this.locales = locales;
    this.json = json;
  }

  @ModelAttribute
  void common(Model model, HttpServletRequest request, HttpServletResponse response, Authentication user) {
    locales.remember(request, response);
    fill(model, request, user == null ? null : user.getName());
  }

  /** What every page shows: the reader's language, the links to the others, who is signed in. */
  private void fill(Model model, HttpServletRequest request, String user) {
    SupportedLanguage language = locales.language(request);
    model.addAttribute("lang", language.tag());
    Map<String, String> links = new LinkedHashMap<>();
    for (SupportedLanguage l : SupportedLanguage.values()) {
      links.put(l.tag(), withLang(request.getRequestURI(), request.getQueryString(), l.tag()));
    }
    model.addAttribute("languages", links);
    model.addAttribute("user", user);
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, HttpServletResponse response) {
    if (request.getDispatcherType() == DispatcherType.FORWARD) {
      // A page asked for without credentials: the login form, answered as what it is.
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader("WWW-Authenticate", "Form realm=\"CaseDesk audit\"");
    }
    return "audit/login";
  }

  /** Also for a refused form (a missing CSRF token), which arrives here as what it was, a POST. */
  @RequestMapping("/denied")
  String denied(HttpServletResponse response) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return "audit/denied";
  }

  @GetMapping({"", "/"})
  String searchPage(SearchParameters search, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
    model.addAttribute("form", search.asForm());
    model.addAttribute("types", types.keys());
    try {
      AuditSearch.Page found = this.search.search(search.criteria(), Math.max(page, 0), PAGE_SIZE);
      model.addAttribute("result", found);
      model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
      String query = request.getQueryString();
      model.addAttribute("exportJsonl", link("/audit/export", query, "format", "jsonl"));
      model.addAttribute("exportCsv", link("/audit/export", query, "format", "csv"));
      model.addAttribute("previousPage", link("/audit", query, "page", String.valueOf(found.page() - 1)));
      model.addAttribute("nextPage", link("/audit", query, "page", String.valueOf(found.page() + 1)));
    } catch (InvalidRequestException e) {
      model.addAttribute("errors", e.problems());
    }
    return "audit/search";
  }

  @GetMapping("/cases/{caseNumber}")
  String trail(@PathVariable String caseNumber, @RequestParam(defaultValue = "ALL") String show, Model model) {
    Show filter = Arrays.stream(Show.values()).filter(s -> s.name().equalsIgnoreCase(show)).findFirst().orElse(Show.ALL);
    Trail trail = trails.build(caseNumber);
    List<Map<String, Object>> rows = trail.entries().stream().filter(filter.test).map(this::row).toList();
    model.addAttribute("caseNumber", trail.caseNumber());
    model.addAttribute("summary", json.convertValue(trail.summary(), Map.class));
    model.addAttribute("rows", rows);
    model.addAttribute("total", trail.entries().size());
    model.addAttribute("show", filter.name());
    model.addAttribute("shows", Arrays.stream(Show.values()).map(Enum::name).toList());
    model.addAttribute("keyFingerprint", key.fingerprint());
    return "audit/trail";
  }

  @GetMapping("/cases/{caseNumber}/export")
  ResponseEntity<byte[]> exportCase(@PathVariable String caseNumber, @RequestParam(defaultValue = "jsonl") String format) {
    return AuditApiController.download(exports.caseTrail(caseNumber, AuditApiController.format(format)));
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> exportSearch(SearchParameters search, @RequestParam(defaultValue = "jsonl") String format) {
    return AuditApiController.download(exports.searchResult(search.criteria(), AuditApiController.format(format)));
  }

  @GetMapping("/export-key")
  ResponseEntity<String> exportKey() {
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"casedesk-audit-export-key.pem\"")
        .contentType(MediaType.parseMediaType("application/x-pem-file"))
        .body(key.publicKeyPem());
  }

  /** A refusal (unknown case, too large an export) as a page in the reader's language, with its status. */
  @ExceptionHandler(ClientProblem.class)
  String problem(ClientProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(problem.status().value());
    var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    fill(model, request, user == null ? null : user.getName());
    model.addAttribute("status", problem.status().value());
    model.addAttribute("problemType", problem.type());
    model.addAttribute("detail", problem.getMessage());
    return "audit/problem";
  }

  private Map<String, Object> row(JsonNode e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", TIME.format(Instant.parse(e.path("at").asText())));
    row.put("kind", e.path("kind").asText());
    row.put("actorType", e.path("actorType").asText());
    row.put("actor", e.path("actor").asText(""));
    row.put("process", e.path("process").asText(""));
    row.put("step", e.path("step").asText(""));
    row.put("stepName", e.path("stepName").asText(""));
    row.put("line", TrailText.line(e));
    try {
      row.put("json", json.writerWithDefaultPrettyPrinter().writeValueAsString(e.path("data")));
    } catch (JsonProcessingException ex) {
      row.put("json", e.path("data").toString());
    }
    return row;
  }

  static String withLang(String path, String query, String lang) {
    return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(AuditLocales.PARAMETER, lang).build().toUriString();
  }

  /** The search's own query with one parameter set (the page, the export format); the page number does not carry over. */
  static String link(String path, String query, String name, String value) {
    return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page").replaceQueryParam(name, value).build().toUriString();
  }
}
