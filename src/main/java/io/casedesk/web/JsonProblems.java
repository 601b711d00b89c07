package io.casedesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;

/** Jackson's errors in words a person can act on, with the JSON path of the field. */
public final class JsonProblems {

  private JsonProblems() {}

  /** The JSON path of a Jackson error, such as {@code .documents[1].kind}. */
  public static String path(JsonProcessingException e) {
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
  public static String rule(JsonProcessingException e) {
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
      if (target != null && target.getSimpleName().equals("Instant")) {
        return "must be a time as 2026-01-31T09:00:00Z";
      }
      return "has the wrong format; expected " + (target == null ? "another value" : simpleType(target));
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return "has the wrong type";
    }
    return "is not valid JSON: " + e.getOriginalMessage();
  }

  private static String knownFields(Collection<Object> known) {
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
