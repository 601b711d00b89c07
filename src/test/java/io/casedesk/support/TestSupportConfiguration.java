package io.casedesk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Test helpers every {@link CaseDeskTest} can inject. */
@TestConfiguration
@Import({EngineDriver.class, CaseApi.class, TestCases.class})
public class TestSupportConfiguration {

  /** Every answer of the desk's API a test receives is checked against the API document. */
  @Bean
  RestTemplateCustomizer apiContract() {
    ApiContract contract = new ApiContract();
    return restTemplate -> restTemplate.getInterceptors().add(contract);
  }
}
