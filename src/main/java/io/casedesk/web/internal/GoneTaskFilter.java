package io.casedesk.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request about a task that no longer exists (Tasklist asks for the variables and identity links
 * of the task it has just completed) is a 404, on the engine REST API and on the webapps' own engine
 * API alike. Without this the engine answers several of these calls with a 500 and a stack trace
 * ("Cannot find task …: task is null").
 */
@Component
class GoneTaskFilter extends OncePerRequestFilter {

  private static final Pattern TASK =
      Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)(?:/.*)?$");
  /** Paths under /task that are not a task's id. */
  private static final Set<String> COLLECTIONS = Set.of("count", "report", "create");

  private final ProcessEngineConfigurationImpl engine;
  private final ObjectMapper objectMapper;

  GoneTaskFilter(ProcessEngine engine, ObjectMapper objectMapper) {
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return !task.matches() || COLLECTIONS.contains(task.group(1));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher task = TASK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (task.matches() && !exists(task.group(1))) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      objectMapper.writeValue(response.getOutputStream(),
          Map.of("type", "NotFound", "message", "There is no task " + task.group(1) + " (any more)."));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the task exists, whoever may see it: a task one may not see still answers 403 as before. */
  private boolean exists(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> context.getTaskManager().findTaskById(taskId) != null));
  }
}
