package io.casedesk.audit.internal;

import io.casedesk.casetype.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now: the person the engine knows (Tasklist, Cockpit, engine REST), else the
 * account the desk's own API authenticated (the exchange's back end is an {@code intake} account),
 * else nobody: the desk itself (job executor, timers, start-up).
 */
@Component
class Actors {

  record Acting(ActorType type, String id) {
    static final Acting DESK = new Acting(ActorType.DESK, null);
  }

  private final IdentityService identityService;

  Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  Acting current() {
    Authentication engine = identityService.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      List<String> groups = engine.getGroupIds();
      return new Acting(groups != null && groups.contains(Groups.INTAKE) ? ActorType.BACK_END : ActorType.PERSON, engine.getUserId());
    }
    var web = SecurityContextHolder.getContext().getAuthentication();
    if (web != null && web.isAuthenticated() && !(web instanceof AnonymousAuthenticationToken)) {
      boolean backEnd = web.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Groups.authority(Groups.INTAKE)));
      return new Acting(backEnd ? ActorType.BACK_END : ActorType.PERSON, web.getName());
    }
    return Acting.DESK;
  }
}
