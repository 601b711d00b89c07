package io.casedesk.web;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the list of fields and rules. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.rule()).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String field, String rule) {
    this(List.of(new FieldProblem(field, rule)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One broken rule: the JSON path of the field and what it must be. */
  public record FieldProblem(String field, String rule) {}
}
