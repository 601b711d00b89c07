package io.casedesk.ledger.internal;

import io.casedesk.ledger.AccountStanding;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The account's standing from the back office's API; the answer has the shape of {@link AccountStanding.Standing}. */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpAccountStanding implements AccountStanding {

  private final BackOfficeHttp backOffice;

  HttpAccountStanding(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
  }

  @Override
  public Optional<Standing> standing(String uid) {
    return backOffice.optional(() -> backOffice.client().get().uri("/accounts/{uid}/standing", uid).retrieve().body(Standing.class));
  }
}
