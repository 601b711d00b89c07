package io.casedesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads JSON into a request record and reports every broken rule at once: each field Jackson cannot
 * read (unknown, wrong type, not one of the values) and each Bean Validation constraint, with the
 * field's full path. Jackson stops at the first field it cannot read, so the reader takes that field
 * out of a copy of the JSON and reads again, until the rest reads; a constraint on a field that
 * could not be read is not reported a second time.
 */
@Component
public class RequestReader {

  /** A body with more broken fields than this is answered with the first ones. */
  static final int MAX_PROBLEMS = 50;

  /** Bean Validation names list elements {@code documents[1].<list element>}; the field is {@code documents[1]}. */
  private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[a-z ]+>");

  private final ObjectMapper objectMapper;
  private final Validator validator;

  RequestReader(ObjectMapper objectMapper, Validator validator) {
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  /**
   * What could be read, and every broken rule. The value is null when the JSON is not an object;
   * otherwise fields that could not be read are null in it, so further checks must expect that.
   *
   * @param path the JSON path of {@code json} in the request, such as {@code details}; empty for the body
   */
  public <T> Read<T> read(JsonNode json, Class<T> type, String path) {
    if (json == null || !json.isObject()) {
      return new Read<>(null, List.of(new FieldProblem(path.isEmpty() ? "(body)" : path, "must be a JSON object")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> unreadable = new LinkedHashSet<>();
    JsonNode tree = json;
    while (true) {
      try {
        T value = objectMapper.treeToValue(tree, type);
        for (ConstraintViolation<T> violation : validator.validate(value)) {
          String field = join(path, CONTAINER_NODE.matcher(violation.getPropertyPath().toString()).replaceAll(""));
          if (unreadable.stream().noneMatch(f -> within(field, f))) {
            problems.add(new FieldProblem(field, violation.getMessage()));
          }
        }
        return new Read<>(value, sorted(problems));
      } catch (JsonProcessingException e) {
        String field = join(path, JsonProblems.path(e));
        problems.add(new FieldProblem(field.isEmpty() ? "(body)" : field, JsonProblems.rule(e)));
        if (tree == json) {
          tree = json.deepCopy();
        }
        if (!unreadable.add(field) || problems.size() >= MAX_PROBLEMS || !takeOut(tree, e)) {
          return new Read<>(null, sorted(problems));
        }
      }
    }
  }

  /** Reads and throws when any rule is broken. */
  public <T> T readValid(JsonNode json, Class<T> type, String path) {
    return read(json, type, path).orThrow();
  }

  public JsonNode tree(Object value) {
    return objectMapper.valueToTree(value);
  }

  /** A read request: the value (with nulls where fields could not be read) and the broken rules, by field. */
  public record Read<T>(T value, List<FieldProblem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }

    public T orThrow() {
      if (!valid()) {
        throw new InvalidRequestException(problems);
      }
      return value;
    }
  }

  /**
   * Removes the field of a Jackson error from the tree (an unknown field) or sets it to null (a field
   * of the wrong type or format), so the next read gets past it. False when the field cannot be found.
   */
  private static boolean takeOut(JsonNode tree, JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return false;
    }
    List<JsonMappingException.Reference> refs = mapping.getPath();
    JsonNode parent = tree;
    for (JsonMappingException.Reference ref : refs.subList(0, refs.size() - 1)) {
      parent = ref.getFieldName() != null ? parent.get(ref.getFieldName()) : parent.get(ref.getIndex());
      if (parent == null) {
        return false;
      }
    }
    JsonMappingException.Reference last = refs.get(refs.size() - 1);
    if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
      if (e instanceof UnrecognizedPropertyException) {
        object.remove(last.getFieldName());
      } else {
        object.set(last.getFieldName(), NullNode.getInstance());
      }
      return true;
    }
    if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
      array.set(last.getIndex(), NullNode.getInstance());
      return true;
    }
    return false;
  }

  private static String join(String path, String relative) {
    if (relative.isEmpty()) {
      return path;
    }
    if (relative.startsWith(".") || relative.startsWith("[")) {
      return path.isEmpty() && relative.startsWith(".") ? relative.substring(1) : path + relative;
    }
    return path.isEmpty() ? relative : path + "." + relative;
  }

  /** Whether {@code field} is {@code outer} or lies inside it. */
  private static boolean within(String field, String outer) {
    return field.equals(outer) || field.startsWith(outer + ".") || field.startsWith(outer + "[");
  }

  private static List<FieldProblem> sorted(List<FieldProblem> problems) {
    return problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
  }
}
