package io.casedesk.web.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.casedesk.chain.BlockchainPort;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.JsonProblems;
import io.casedesk.web.Problems;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of CaseDesk's own API as {@code application/problem+json} (RFC 9457), naming the field
 * and the rule, so the caller can fix the request. Nothing internal (stack traces, SQL) leaks.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private final long maxBodyBytes;

  ApiProblems(@Value("${casedesk.api.max-body-bytes}") long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    return invalidRequest(e.problems());
  }

  /** A module's refusal (unknown case, a conflict, an unprocessable request): its own status and words. */
  @ExceptionHandler(ClientProblem.class)
  ProblemDetail clientProblem(ClientProblem e) {
    ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
    if (e.field() != null) {
      problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
    }
    return problem;
  }

  /** The exchange's back office or a chain node is down: try again later; nothing was stored. */
  @ExceptionHandler({LedgerPort.LedgerUnavailableException.class, BlockchainPort.ChainUnavailableException.class})
  ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
    log.warn("A system the desk depends on is unavailable: {}", e.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
            "The exchange's back office cannot be reached; nothing was stored. Retry in a moment."));
  }

  /** Two changes to the same case at once (two replies, say): the later one may simply be retried. */
  @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
  ProblemDetail concurrent(org.camunda.bpm.engine.OptimisticLockingException e) {
    return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time",
        "The case changed while this request was handled; nothing was stored. Read the case and retry.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    // The type and place only: messages of unexpected errors can carry personal data.
    log.error("Unexpected {} in the case API at {}", e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", "The desk could not complete the request; it was not stored. Please retry later.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    return ResponseEntity.badRequest().body(invalidRequest(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (org.springframework.core.NestedExceptionUtils.getRootCause(e) instanceof BodySizeLimitFilter.BodyTooLargeException) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(BodySizeLimitFilter.payloadTooLarge(maxBodyBytes));
    }
    if (e.getCause() instanceof JsonParseException parse) {
      var location = parse.getLocation();
      return ResponseEntity.badRequest()
          .body(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
              "The body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")."));
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      String field = JsonProblems.path(json);
      return ResponseEntity.badRequest()
          .body(invalidRequest(List.of(new FieldProblem(field.isEmpty() ? "(body)" : field.substring(1), JsonProblems.rule(json)))));
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Unreadable body", "The request needs a JSON body."));
  }

  /** A path or query parameter of the wrong type ({@code /api/notifications/abc}): which one, and what it must be. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    Class<?> type = e.getRequiredType();
    String rule = type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive()) ? "must be a whole number"
        : "has the wrong format" + (type == null ? "" : "; expected " + type.getSimpleName());
    return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldProblem(name == null ? "(parameter)" : name, rule))));
  }

  /** Spring's own client errors (415, 405, ...) answer as problem+json too, whatever the Accept header. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    HttpHeaders problemHeaders = new HttpHeaders();
    problemHeaders.addAll(headers);
    problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(body, problemHeaders, statusCode);
  }

  private static ProblemDetail invalidRequest(List<FieldProblem> problems) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
            problems.stream().map(p -> p.field() + " " + p.rule()).reduce((a, b) -> a + "; " + b).orElse("The request breaks a rule."));
    problem.setProperty("errors", problems);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    return Problems.of(status, type, title, detail);
  }
}
