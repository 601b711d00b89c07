package io.casedesk.web;

import io.casedesk.web.InvalidRequestException.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A query parameter that names a time, as the API's searches take it: 2026-01-31T09:00:00Z, or a whole day as 2026-01-31. */
public final class TimeParameter {

  private TimeParameter() {}

  /**
   * The instant, or null (absent, or broken: then the problem is added). A day is its start; for an
   * exclusive end ({@code endOfDay}) the start of the next day, so the day is included.
   */
  public static Instant parse(String name, String value, boolean endOfDay, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADay) {
        problems.add(new FieldProblem(name, "must be a day as 2026-01-31 or a time as 2026-01-31T09:00:00Z"));
        return null;
      }
    }
  }
}
