package io.casedesk.review.internal;

import io.casedesk.casetype.CaseTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared review listeners, by the names models use. Model versions before the shared listener
 * named per-type beans; those names stay, so cases started on them still complete.
 */
@Configuration
class ReviewListeners {

  @Bean(name = {"reviewListener", "reviewDecisionListener", "depositReviewListener"})
  ReviewListener reviewListener(CaseTypes types) {
    return new ReviewListener(types);
  }

  @Bean
  FourEyesListener fourEyesListener() {
    return new FourEyesListener();
  }
}
