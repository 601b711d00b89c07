package io.casedesk.security.internal;

import io.casedesk.casetype.Groups;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.routing.LanguageQueues;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users and groups, created at start-up in the demo profile only (idempotent: existing ones are
 * left alone). Ids follow the engine's id pattern {@code [a-zA-Z0-9]+}. A user is created with its
 * memberships in one transaction; start-up runs on one node at a time (the start-up lock of {@code platform}).
 */
@Component
@ConditionalOnProperty(name = "casedesk.demo.enabled", havingValue = "true")
@Order(DemoUsers.ORDER) // before the demo day, whose cases are routed to the queues these agents staff
class DemoUsers implements ApplicationRunner {

  /** Start-up order among the runners: the demo's users exist before anything that plays cases. */
  static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  static final String ADMIN_GROUP = Groups.ADMIN;
  static final String INTAKE_ACCOUNT = "intake";

  record DemoGroup(String id, String name) {}

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  static final List<DemoGroup> GROUPS =
      Stream.concat(
          Stream.of(
          new DemoGroup(ADMIN_GROUP, "Administrators"),
          new DemoGroup("vipconcierge", "VIP concierge"),
          new DemoGroup("security", "Security specialists (2FA, whitelist)"),
          new DemoGroup("tradingdesk", "Trading desk (copy trading)"),
          new DemoGroup("compliance", "Compliance officers"),
          new DemoGroup("supervisors", "Supervisors"),
          new DemoGroup("analysts", "Process analysts"),
          new DemoGroup("intake", "Exchange back end (service accounts)")),
          languageQueues()).toList();

  /** One agent per language, working that language's support and KYC queues. */
  static final List<DemoUser> AGENTS =
      List.of(
          agent(SupportedLanguage.EN, "Emma", "Brown"),
          agent(SupportedLanguage.ZH, "Wei", "Zhang"),
          agent(SupportedLanguage.RU, "Olga", "Ivanova"),
          agent(SupportedLanguage.ES, "Lucia", "Fernandez"),
          agent(SupportedLanguage.VI, "An", "Tran"),
          agent(SupportedLanguage.TR, "Ayse", "Demir"));

  static final List<DemoUser> USERS =
      Stream.concat(AGENTS.stream(), Stream.of(
          new DemoUser("admin", "Ada", "Admin", List.of(ADMIN_GROUP)),
          new DemoUser("kyc1", "Kim", "Nguyen", List.of(LanguageQueues.variant("kyc", SupportedLanguage.EN))),
          new DemoUser("vip1", "Valerie", "Ip", List.of("vipconcierge")),
          new DemoUser("security1", "Sergei", "Volkov", List.of("security")),
          new DemoUser("trader1", "Tariq", "Demir", List.of("tradingdesk")),
          new DemoUser("compliance1", "Carla", "Mendes", List.of("compliance")),
          new DemoUser("compliance2", "Chen", "Jing", List.of("compliance")),
          new DemoUser("supervisor1", "Sofia", "Berg", List.of("supervisors")),
          new DemoUser("analyst1", "Ana", "Lytic", List.of("analysts")),
          new DemoUser(INTAKE_ACCOUNT, "Exchange", "Back end", List.of(Groups.INTAKE)))).toList();

  private static Stream<DemoGroup> languageQueues() {
    return Stream.of("support", "kyc")
        .flatMap(queue -> Arrays.stream(SupportedLanguage.values())
            .map(language -> new DemoGroup(LanguageQueues.variant(queue, language), queue + " queue (" + language.tag() + ")")));
  }

  private static DemoUser agent(SupportedLanguage language, String firstName, String lastName) {
    return new DemoUser(
        LanguageQueues.variant("agent", language), firstName, lastName,
        List.of(LanguageQueues.variant("support", language), LanguageQueues.variant("kyc", language)));
  }

  private final IdentityService identityService;
  private final TransactionTemplate transactions;
  private final ApiKeys apiKeys;
  private final String password;
  private final String intakeApiKey;

  DemoUsers(IdentityService identityService, TransactionTemplate transactions, ApiKeys apiKeys,
      @Value("${casedesk.demo.password}") String password, @Value("${casedesk.demo.intake-api-key}") String intakeApiKey) {
    this.identityService = identityService;
    this.transactions = transactions;
    this.apiKeys = apiKeys;
    this.password = password;
    this.intakeApiKey = intakeApiKey;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoGroup g : GROUPS) {
      if (identityService.createGroupQuery().groupId(g.id()).count() == 0) {
        Group group = identityService.newGroup(g.id());
        group.setName(g.name());
        group.setType(ADMIN_GROUP.equals(g.id()) ? "SYSTEM" : "WORKFLOW");
        identityService.saveGroup(group);
      }
    }
    for (DemoUser u : USERS) {
      transactions.executeWithoutResult(tx -> {
        if (identityService.createUserQuery().userId(u.id()).count() == 0) {
          User user = identityService.newUser(u.id());
          user.setFirstName(u.firstName());
          user.setLastName(u.lastName());
          user.setEmail(u.id() + "@casedesk.example");
          user.setPassword(password);
          identityService.saveUser(user);
          u.groups().forEach(g -> identityService.createMembership(u.id(), g));
        }
      });
    }
    // The service account signs in with its key only; the demo's key is the README's.
    apiKeys.storeGiven(intakeApiKey, INTAKE_ACCOUNT, "Demo key (demo profile only)");
  }
}
