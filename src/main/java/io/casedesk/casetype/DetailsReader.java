package io.casedesk.casetype;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.JsonProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
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
      throw new InvalidRequestException(path + JsonProblems.path(e), JsonProblems.rule(e));
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
}
