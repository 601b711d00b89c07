package io.casedesk.cases.internal;

import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import io.casedesk.web.InvalidRequestException;
import io.casedesk.web.TimeParameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The query parameters of a case search, checked all at once. */
record CaseSearchParameters(CaseSearch.Criteria criteria, int page, int size) {

  static final int MAX_SIZE = 100;
  private static final Pattern UID = Pattern.compile("[A-Za-z0-9]{1,64}");

  static CaseSearchParameters of(
      String customerUid, String status, String type, String from, String to, Integer page, Integer size, CaseTypes types) {
    List<FieldProblem> problems = new ArrayList<>();
    if (customerUid != null && !UID.matcher(customerUid).matches()) {
      problems.add(new FieldProblem("customerUid", "must be the exchange UID: 1 to 64 letters or digits"));
    }
    CaseStatus caseStatus = null;
    if (status != null) {
      try {
        caseStatus = CaseStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("status", "must be one of " + Arrays.toString(CaseStatus.values())));
      }
    }
    if (type != null && types.find(type).isEmpty()) {
      problems.add(new FieldProblem("type", "must be one of " + types.keys()));
    }
    Instant fromInstant = instant("from", from, false, problems);
    Instant toInstant = instant("to", to, true, problems);
    if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
      problems.add(new FieldProblem("to", "must lie after from"));
    }
    int p = page == null ? 0 : page;
    int s = size == null ? 20 : size;
    if (p < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (s < 1 || s > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new CaseSearchParameters(new CaseSearch.Criteria(customerUid, caseStatus, type, fromInstant, toInstant), p, s);
  }

  private static Instant instant(String name, String value, boolean endOfDay, List<FieldProblem> problems) {
    return TimeParameter.parse(name, value, endOfDay, problems);
  }
}
