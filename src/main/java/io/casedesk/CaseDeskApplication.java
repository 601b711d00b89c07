package io.casedesk;

import io.casedesk.audit.ExportVerification;
import io.casedesk.rehearsal.SurgeRehearsal;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CaseDesk: support case management for a crypto exchange, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseDeskApplication {

  private static final String REHEARSE = "rehearse";

  /**
   * The desk; or, with {@code verify-export FILE --key KEY.pem}, only the check of an audit export (no
   * desk starts); or, with {@code rehearse}, the surge rehearsal on desks of its own (README).
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("verify-export")) {
      System.exit(ExportVerification.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    // mvn spring-boot:run puts its --spring.profiles.active first: the command may stand anywhere.
    if (Arrays.asList(args).contains(REHEARSE)) {
      String[] rest = Arrays.stream(args).filter(a -> !a.equals(REHEARSE)).toArray(String[]::new);
      System.exit(new SurgeRehearsal(CaseDeskApplication.class, rest, System.out).run());
    }
    SpringApplication.run(CaseDeskApplication.class, args);
  }
}
