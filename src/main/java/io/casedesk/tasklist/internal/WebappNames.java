package io.casedesk.tasklist.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The names the webapps show, in the language of the person's browser ({@code Accept-Language}, as
 * Tasklist's own texts): the desk's filters (name, description, card labels), its queues (candidate
 * groups) and its processes (a case type's name). The engine stores one name for each; this
 * translates them in the answers of the webapps' engine API only ({@code /camunda/api/engine}), so
 * the engine REST API and what is stored keep the English names. Names the desk does not know
 * (a supervisor's own filter, a group an administrator made) pass unchanged.
 */
@Component
class WebappNames extends OncePerRequestFilter {

  /** The answers that carry names: filters, a filter's tasks, a task, groups, process definitions. */
  private static final Pattern NAMED =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+/(filter(/[^/]+(/list)?)?|task/[^/]+|group(/[^/]+)?|process-definition(/[^/]+)?)$");

  private final TasklistFilters filters;
  private final DeskNames names;
  private final ObjectMapper objectMapper;

  WebappNames(TasklistFilters filters, DeskNames names, ObjectMapper objectMapper) {
    this.filters = filters;
    this.names = names;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !NAMED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    String type = answer.getContentType();
    if (answer.getStatus() != 200 || type == null || !type.contains("json") || answer.getContentSize() == 0) {
      answer.copyBodyToResponse();
      return;
    }
    JsonNode body;
    try {
      body = objectMapper.readTree(answer.getContentAsByteArray());
    } catch (IOException e) {
      answer.copyBodyToResponse();
      return;
    }
    translate(body, language(request));
    byte[] translated = objectMapper.writeValueAsBytes(body);
    answer.resetBuffer();
    answer.getOutputStream().write(translated);
    answer.copyBodyToResponse();
  }

  /** Every name in the answer that the desk knows, in the language: wherever it sits in the JSON. */
  void translate(JsonNode node, SupportedLanguage language) {
    if (node instanceof ArrayNode array) {
      array.forEach(element -> translate(element, language));
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      return;
    }
    if (isFilter(object)) {
      filter(object, language);
    } else if (isProcessDefinition(object)) {
      object.put("name", names.process(object.path("key").asText(), object.path("name").asText(null), language));
    } else if (isGroup(object)) {
      names.queue(object.path("id").asText(), language).ifPresent(name -> object.put("name", name));
    }
    object.fields().forEachRemaining(field -> translate(field.getValue(), language));
  }

  private void filter(ObjectNode filter, SupportedLanguage language) {
    JsonNode marker = filter.path("properties").path(TasklistFilters.DESK_FILTER);
    String kind = marker.path("kind").asText();
    String group = marker.path("group").asText(null);
    filter.put("name", filters.name(kind, group, language));
    ObjectNode properties = (ObjectNode) filter.get("properties");
    properties.put("description", filters.description(kind, group, language));
    properties.set("variables", objectMapper.valueToTree(filters.variables(language)));
  }

  /** A filter of the desk: the engine's filter, with the desk's marker among its properties. */
  private static boolean isFilter(ObjectNode object) {
    return object.has("resourceType") && object.path("properties").has(TasklistFilters.DESK_FILTER);
  }

  private static boolean isProcessDefinition(ObjectNode object) {
    return object.has("key") && object.has("name") && object.has("deploymentId") && object.has("version");
  }

  private static boolean isGroup(ObjectNode object) {
    return object.has("id") && object.has("name") && object.has("type") && !object.has("value") && !object.has("key");
  }

  /** The browser's first language the desk speaks; English otherwise. */
  static SupportedLanguage language(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return SupportedLanguage.FALLBACK;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      var language = SupportedLanguage.of(locale.getLanguage());
      if (language.isPresent()) {
        return language.get();
      }
    }
    return SupportedLanguage.FALLBACK;
  }
}
