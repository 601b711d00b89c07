package io.casedesk.security.internal;

import io.casedesk.casetype.Groups;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the demo profile, the one built-in account: an administrator whose password comes from the
 * environment ({@code CASEDESK_ADMIN_PASSWORD}). The desk refuses to start with an empty, short or
 * well-known password, so no deployment runs with a default. The account is created with its
 * membership in one transaction; start-up runs on one node at a time (the start-up lock of {@code platform}).
 */
@Component
@ConditionalOnProperty(name = "casedesk.demo.enabled", havingValue = "false", matchIfMissing = true)
class AdminAccount implements ApplicationRunner {

  static final int MIN_LENGTH = 12;
  static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "changeme", "casedesk");

  private final IdentityService identityService;
  private final TransactionTemplate transactions;
  private final String user;
  private final String password;

  AdminAccount(
      IdentityService identityService,
      TransactionTemplate transactions,
      @Value("${casedesk.admin.user}") String user,
      @Value("${casedesk.admin.password:}") String password) {
    this.identityService = identityService;
    this.transactions = transactions;
    this.user = user;
    this.password = password;
    check(user, password);
  }

  static void check(String user, String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("Set CASEDESK_ADMIN_PASSWORD: outside the demo profile the administrator's password must come from the environment.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (password.length() < MIN_LENGTH || WELL_KNOWN.contains(lower) || lower.contains(user.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "CASEDESK_ADMIN_PASSWORD is a demo or guessable password; use at least " + MIN_LENGTH + " characters that do not contain the user name.");
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    transactions.executeWithoutResult(tx -> createIfMissing());
  }

  private void createIfMissing() {
    if (identityService.createGroupQuery().groupId(Groups.ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.ADMIN);
      group.setName("Administrators");
      group.setType("SYSTEM");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(user).count() == 0) {
      User admin = identityService.newUser(user);
      admin.setFirstName("CaseDesk");
      admin.setLastName("Administrator");
      admin.setPassword(password);
      identityService.saveUser(admin);
      identityService.createMembership(user, Groups.ADMIN);
    }
  }
}
