package io.casedesk.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a person may change when completing a task, whichever API they use (Tasklist's webapp API
 * or the engine REST API): the fields the task's case type lets a person set (the review fields
 * {@code decision}, {@code reasonCode} and {@code comment} unless the type says more). Everything else in a submission must equal what the desk set (Tasklist sends the
 * read-only context back unchanged), so no one can forge a check result, a reviewer or an amount
 * while completing. Setting task variables outside a completion is refused altogether.
 */
@Component
class TaskSubmissionGuard extends OncePerRequestFilter {

  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Pattern VARIABLES = Pattern.compile(".*/task/([^/]+)/(variables|localVariables)(/.*)?$");
  private static final int MAX_BODY = 1 << 20;

  private final TaskService taskService;
  private final CaseTypes types;
  private final ObjectMapper objectMapper;

  TaskSubmissionGuard(TaskService taskService, CaseTypes types, ObjectMapper objectMapper) {
    this.taskService = taskService;
    this.types = types;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    boolean engineApi = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
    return !engineApi || "GET".equals(request.getMethod()) || !(COMPLETION.matcher(path).matches() || VARIABLES.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    if (VARIABLES.matcher(path).matches()) {
      refuse(response, HttpStatus.FORBIDDEN, "Task variables are set by the desk and by completing the task's form, not one by one.");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY);
    Matcher completion = COMPLETION.matcher(path);
    if (completion.matches() && body.length > 0) {
      String forged = forgedVariable(completion.group(1), body);
      if (forged != null) {
        refuse(response, HttpStatus.BAD_REQUEST,
            "A task's form may change only the fields a person decides (decision, reasonCode, comment); '" + forged + "' is set by the desk.");
        return;
      }
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** The first submitted variable that is not a person's field and differs from the desk's value. */
  private String forgedVariable(String taskId, byte[] body) {
    JsonNode variables;
    try {
      variables = objectMapper.readTree(body).path("variables");
    } catch (IOException e) {
      return null; // malformed JSON: the engine's API answers it
    }
    if (!variables.isObject() || taskService.createTaskQuery().taskId(taskId).count() == 0) {
      return null;
    }
    Map<String, Object> current = taskService.getVariables(taskId);
    Set<String> personFields = types.find((String) current.get(CaseVariables.CASE_TYPE))
        .map(type -> type.personFields())
        .orElse(ReviewDecision.FIELDS);
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      if (personFields.contains(variable.getKey())) {
        continue;
      }
      JsonNode submitted = variable.getValue().path("value");
      Object desk = current.get(variable.getKey());
      String submittedText = submitted.isNull() || submitted.isMissingNode() ? null : submitted.asText();
      if (!Objects.equals(submittedText, desk == null ? null : String.valueOf(desk))
          && !(desk == null && submittedText != null && submittedText.isEmpty())) {
        return variable.getKey();
      }
    }
    return null;
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    Problems.write(response, objectMapper, Problems.of(status, "task-variables", "Not a field you can change", detail));
  }

  /** The request with its body read once here and served again to the engine's API. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The engine API reads request bodies synchronously");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
