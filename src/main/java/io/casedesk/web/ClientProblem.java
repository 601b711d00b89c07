package io.casedesk.web;

import org.springframework.http.HttpStatus;

/**
 * A request the desk cannot serve as it stands, for a reason the caller can act on: answered as
 * {@code application/problem+json} with this status, type and title, and the message as detail.
 * Modules extend it for their own refusals, so the API's error mapping needs to know none of them.
 */
public abstract class ClientProblem extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final String field;

  protected ClientProblem(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, null);
  }

  /** A problem about one field: the answer lists it in {@code errors} as well. */
  protected ClientProblem(HttpStatus status, String type, String title, String detail, String field) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** The field the problem is about, or null. */
  public String field() {
    return field;
  }
}
