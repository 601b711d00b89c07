package io.casedesk.security.internal;

import io.casedesk.casetype.Groups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The engine's accounts as sign-in sees them: their groups as authorities, whether one is a service
 * account, and the lock the engine's login throttling put on a person after wrong passwords. The one
 * place that reads the engine's user entity, so a move to another engine build changes one class.
 */
@Component
class DeskAccounts {

  private final IdentityService identityService;
  private final Clock clock;

  DeskAccounts(IdentityService identityService, Clock clock) {
    this.identityService = identityService;
    this.clock = clock;
  }

  boolean exists(String account) {
    return identityService.createUserQuery().userId(account).count() == 1;
  }

  List<String> groups(String account) {
    return identityService.createGroupQuery().groupMember(account).list().stream().map(Group::getId).toList();
  }

  static boolean isServiceAccount(List<String> groups) {
    return groups.contains(Groups.INTAKE);
  }

  static List<SimpleGrantedAuthority> authorities(List<String> groups) {
    return groups.stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
  }

  /** The refusal a locked person gets before the password is even checked; empty when not locked. */
  Optional<SignInRefusal> lock(String account, int maxAttempts) {
    User user = identityService.createUserQuery().userId(account).singleResult();
    if (!(user instanceof UserEntity entity)) {
      return Optional.empty();
    }
    if (entity.getAttempts() >= maxAttempts) {
      return Optional.of(new SignInRefusal.AccountLocked());
    }
    if (entity.getLockExpirationTime() != null) {
      Instant until = entity.getLockExpirationTime().toInstant();
      if (until.isAfter(clock.instant())) {
        return Optional.of(new SignInRefusal.SignInPaused(Duration.between(clock.instant(), until)));
      }
    }
    return Optional.empty();
  }

  boolean checkPassword(String account, String password) {
    return identityService.checkPassword(account, password);
  }
}
