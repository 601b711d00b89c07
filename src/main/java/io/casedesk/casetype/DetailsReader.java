package io.casedesk.casetype;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.RequestReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Reads a case type's {@code details} JSON into its record and checks it, reporting every broken rule
 * at once, each with its full path ({@code details.applicant.dateOfBirth}).
 */
@Component
public class DetailsReader {

  private final RequestReader requests;

  DetailsReader(RequestReader requests) {
    this.requests = requests;
  }

  /** The details, read and checked by their constraints. */
  public <T> T read(JsonNode json, Class<T> type, String path) {
    return requests.readValid(json, type, path);
  }

  /**
   * The details, checked by their constraints and by the type's own {@code rules} (rules across
   * fields, formats that depend on another field). The rules see what could be read, with null for a
   * field that could not, and add their problems to the list; every problem is reported together.
   */
  public <T> T read(JsonNode json, Class<T> type, String path, BiConsumer<T, List<FieldProblem>> rules) {
    RequestReader.Read<T> read = requests.read(json, type, path);
    if (read.value() == null) {
      throw new InvalidRequestException(read.problems());
    }
    List<FieldProblem> problems = new ArrayList<>(read.problems());
    rules.accept(read.value(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
    }
    return read.value();
  }

  public JsonNode tree(Object value) {
    return requests.tree(value);
  }
}
