package io.casedesk.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a case type's {@code details} JSON into its record and checks it, reporting every broken rule
 * with its full path ({@code details.applicant.dateOfBirth}).
 */
@Component
public class DetailsReader {

  private final ObjectMapper objectMapper;
  private final Validator validator;

  DetailsReader(ObjectMapper objectMapper, Validator validator) {
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  public <T> T read(JsonNode json, Class<T> type, String path) {
    if (json == null || !json.isObject()) {
      throw new InvalidRequestException(path, "must be a JSON object");
    }
    T value;
    try {
      value = objectMapper.treeToValue(json, type);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(path + describePath(e), describeProblem(e));
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.stream()
              .map(v -> new InvalidRequestException.FieldProblem(path + "." + v.getPropertyPath(), v.getMessage()))
              .sorted(Comparator.comparing(InvalidRequestException.FieldProblem::field))
              .toList());
    }
    return value;
  }

  public JsonNode tree(Object value) {
    return objectMapper.valueToTree(value);
  }

  /** The JSON path of a Jackson error, such as {@code .documents[1].kind}. */
  public static String describePath(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** What a person must change, in words, for a Jackson error. */
  public static String describeProblem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "is not a known field" + knownFields(unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + List.of(target.getEnumConstants());
      }
      if (target != null && target.getSimpleName().equals("LocalDate")) {
        return "must be a date as YYYY-MM-DD";
      }
      return "has the wrong format; expected " + (target == null ? "another value" : simpleType(target));
    }
    if (e instanceof JsonMappingException mapping && mapping.getPath().size() > 0) {
      return "has the wrong type";
    }
    return "is not valid JSON: " + e.getOriginalMessage();
  }

  private static String knownFields(java.util.Collection<Object> known) {
    if (known == null || known.isEmpty()) {
      return "";
    }
    return "; known fields are " + known.stream().map(String::valueOf).sorted().toList();
  }

  private static String simpleType(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return type.getSimpleName();
  }
}
