package io.casedesk.web.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.web.RequestReader;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Spring's JSON converter, except that the desk's own request bodies are read by {@link RequestReader}:
 * a body with several mistakes is answered with all of them, not with the first Jackson meets. Bodies
 * of other types (actuator's, say) are read as Spring reads them.
 */
class CollectingJsonConverter extends MappingJackson2HttpMessageConverter {

  private static final String OWN_PACKAGE = "io.casedesk.";

  private final RequestReader requests;

  CollectingJsonConverter(ObjectMapper objectMapper, RequestReader requests) {
    super(objectMapper);
    this.requests = requests;
  }

  @Override
  public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
    JavaType javaType = getJavaType(type, contextClass);
    Class<?> target = javaType.getRawClass();
    if (!target.isRecord() || !target.getName().startsWith(OWN_PACKAGE) || javaType.isContainerType()) {
      return super.read(type, contextClass, input);
    }
    JsonNode body = (JsonNode) super.read(JsonNode.class, null, input);
    return requests.read(body, target, "").orThrow();
  }
}
