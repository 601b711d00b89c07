package io.casedesk.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Structured process variables are stored as the engine's JSON type: readable in Cockpit and in
 * history, and free of Java class names, so renaming a class never breaks a running case.
 */
@Component
public class JsonVariables {

  private final ObjectMapper objectMapper;

  public JsonVariables(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public JsonNode tree(Object value) {
    return objectMapper.valueToTree(value);
  }

  public JsonValue toValue(Object value) {
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write JSON variable", e);
    }
  }

  public JsonNode read(VariableScope scope, String name) {
    TypedValue typed = scope.getVariableTyped(name, false);
    return readTyped(typed);
  }

  public JsonNode readTyped(TypedValue typed) {
    String json;
    if (typed instanceof JsonValue jsonValue) {
      json = jsonValue.getValueSerialized();
    } else if (typed == null || typed.getValue() == null) {
      return objectMapper.nullNode();
    } else {
      json = String.valueOf(typed.getValue());
    }
    try {
      return objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable does not hold valid JSON", e);
    }
  }

  public <T> T read(VariableScope scope, String name, Class<T> type) {
    return convert(read(scope, name), type);
  }

  public <T> T convert(JsonNode node, Class<T> type) {
    try {
      return objectMapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable does not match " + type.getSimpleName(), e);
    }
  }
}
