package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every call of the case API that changes something (opening a case, relaying a reply, and
 * whatever the API gains later) with the account that made it and the answer it got, so each case's
 * trail names who opened it and who relayed each reply. It also holds the request's
 * {@link AuditContext}; what is still pending when the request ends (a back-office call of a
 * refused request, say) is recorded then, for the case the request names, if any.
 */
@Component
class RequestAudit extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestAudit.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Pattern CASE_IN_PATH = Pattern.compile("/api/cases/([A-Za-z0-9-]+)(?:/|$)");

  private final AuditLog auditLog;
  private final Actors actors;
  private final ObjectMapper json;
  private final Clock clock;

  RequestAudit(AuditLog auditLog, Actors actors, ObjectMapper json, Clock clock) {
    this.auditLog = auditLog;
    this.actors = actors;
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuditContext context = AuditContext.open();
    Instant at = clock.instant();
    long started = System.nanoTime();
    Actors.Acting acting = actors.current();
    try {
      chain.doFilter(request, response);
    } finally {
      AuditContext.close();
      try {
        finish(request, response, context, acting, at, (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("Could not record {} {} in the audit log: {}", request.getMethod(), request.getRequestURI(), e.toString());
      }
    }
  }

  private void finish(HttpServletRequest request, HttpServletResponse response, AuditContext context, Actors.Acting acting,
      Instant at, long durationMs) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    int status = response.getStatus();
    String caseNumber = caseOf(path, response.getHeader("Location"), status, context);
    context.pendingCalls.forEach(call -> auditLog.record(call.withCase(caseNumber)));
    if (!path.startsWith("/api/") || READS.contains(request.getMethod())) {
      return;
    }
    var detail = json.createObjectNode();
    detail.put("method", request.getMethod());
    detail.put("path", path);
    detail.put("status", status);
    if (request.getHeader("Idempotency-Key") != null) {
      detail.put("idempotencyKey", request.getHeader("Idempotency-Key"));
    }
    if ("true".equals(response.getHeader("Idempotent-Replayed"))) {
      detail.put("replayed", true);
    }
    auditLog.record(new AuditRecord(null, caseNumber, at, AuditRecord.API_REQUEST, acting.type(), acting.id(),
        request.getMethod() + " " + path, String.valueOf(status), null, null, durationMs, detail.toString()));
  }

  private static String caseOf(String path, String location, int status, AuditContext context) {
    for (String candidate : new String[] {location, path}) {
      if (candidate != null) {
        Matcher m = CASE_IN_PATH.matcher(candidate);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return status < 300 ? context.startedCase : null;
  }
}
