package io.casedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CaseDesk: support case management for a crypto exchange, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseDeskApplication.class, args);
  }
}
