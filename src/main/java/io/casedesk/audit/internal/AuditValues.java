package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;

/**
 * Values as audit entries hold them: JSON whose numbers are integers within ±2^53 (others are
 * written as decimal strings, exactly), times as ISO 8601 instants in UTC, structured variables as
 * the JSON they were stored as. So every RFC 8785 implementation canonicalizes an entry the same way.
 */
final class AuditValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper json;

  AuditValues(ObjectMapper json) {
    this.json = json;
  }

  JsonNode of(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof TypedValue typed) {
      return typed(typed);
    }
    if (value instanceof JsonNode node) {
      return normalized(node);
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Date d) {
      return NODES.textNode(d.toInstant().toString());
    }
    if (value instanceof Instant i) {
      return NODES.textNode(i.toString());
    }
    if (value instanceof OffsetDateTime o) {
      return NODES.textNode(o.toInstant().toString());
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?> || value instanceof Character) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof byte[] bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof Spin<?> spin) {
      return parsedOrText(spin.toString()); // the engine's JSON (and XML) variables: their text
    }
    if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value.getClass().isRecord()) {
      return normalized(json.valueToTree(value));
    }
    // Spin JSON and anything else: its text; JSON text becomes JSON.
    return parsedOrText(value.toString());
  }

  /** JSON text as JSON; other text as it is. */
  JsonNode parsedOrText(String text) {
    if (text == null) {
      return NODES.nullNode();
    }
    String trimmed = text.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return normalized(json.readTree(trimmed));
      } catch (Exception e) {
        // not JSON after all
      }
    }
    return NODES.textNode(text);
  }

  private JsonNode typed(TypedValue typed) {
    if (typed instanceof FileValue file) {
      // A file's name and type; its content stays in the engine.
      return NODES.objectNode().put("file", file.getFilename()).put("mimeType", file.getMimeType());
    }
    if (typed instanceof ObjectValue object) {
      // Java objects: the JSON (or other text) they were stored as, never a deserialized class.
      return parsedOrText(object.getValueSerialized());
    }
    if (typed.getValue() != null) {
      return of(typed.getValue());
    }
    return typed instanceof SerializableValue serializable ? parsedOrText(serializable.getValueSerialized()) : NODES.nullNode();
  }

  JsonNode normalized(JsonNode node) {
    if (node == null) {
      return NODES.nullNode();
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), normalized(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(element -> copy.add(normalized(element)));
      return copy;
    }
    if (node.isNumber()) {
      return number(node.numberValue());
    }
    return node;
  }

  static JsonNode number(Number n) {
    BigDecimal decimal;
    if (n instanceof BigDecimal d) {
      decimal = d;
    } else if (n instanceof BigInteger i) {
      decimal = new BigDecimal(i);
    } else if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return NODES.textNode(String.valueOf(d));
      }
      decimal = new BigDecimal(n.toString());
    } else {
      decimal = BigDecimal.valueOf(n.longValue());
    }
    try {
      BigInteger integer = decimal.toBigIntegerExact();
      if (integer.abs().compareTo(Jcs.MAX_SAFE) <= 0) {
        return NODES.numberNode(integer.longValue());
      }
    } catch (ArithmeticException e) {
      // fractional
    }
    return NODES.textNode(decimal.stripTrailingZeros().toPlainString());
  }
}
