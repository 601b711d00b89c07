package io.casedesk;

import io.casedesk.audit.ExportVerification;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CaseDesk: support case management for a crypto exchange, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseDeskApplication {

  /** The desk; or, with {@code verify-export FILE --key KEY.pem}, only the check of an audit export (no desk starts). */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("verify-export")) {
      System.exit(ExportVerification.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    SpringApplication.run(CaseDeskApplication.class, args);
  }
}
