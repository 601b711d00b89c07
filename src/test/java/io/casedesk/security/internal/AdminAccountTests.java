package io.casedesk.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.CaseDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile the desk refuses to start with a default, empty or guessable password. */
class AdminAccountTests {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "demo", "admin", "Camunda", "short1!", "myadminpassword123"})
  void refusesDemoEmptyShortOrGuessablePasswords(String password) {
    assertThatThrownBy(() -> AdminAccount.check("admin", password))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CASEDESK_ADMIN_PASSWORD");
  }

  @Test
  void acceptsALongPasswordOfItsOwn() {
    assertThatCode(() -> AdminAccount.check("admin", "v9-Ttq!rW2#pLx")).doesNotThrowAnyException();
  }

  @Test
  void theProductionProfileDoesNotStartWithTheDemoPassword() {
    SpringApplicationBuilder production = new SpringApplicationBuilder(CaseDeskApplication.class).profiles("production");
    // Command-line arguments outrank application.yaml, so this start touches no database of the desk's. No web
    // server: the Camunda webapp's filters bind statically to the last context that starts them, so a second
    // webapp context would take over the shared test context's Tasklist.
    assertThatThrownBy(() -> production.run(
            "--spring.datasource.url=jdbc:h2:mem:production-check",
            "--spring.main.web-application-type=none",
            "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=productionCheck",
            "--casedesk.admin.password=demo"))
        .rootCause()
        .hasMessageContaining("CASEDESK_ADMIN_PASSWORD");
  }
}
