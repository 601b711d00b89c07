package io.casedesk.security.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials of people against the engine's users, the same users that log in to
 * the webapps, so there is one place to provision them. The engine's login throttling applies: wrong
 * passwords pause a person's sign-in for a while (answered 429 with Retry-After) and, after too many,
 * lock the account (401 saying so). Service accounts never sign in with a password, so nobody can
 * lock one out by sending wrong ones: they use API keys ({@link ApiKeyAuthenticationFilter}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final DeskAccounts accounts;
  private final int maxAttempts;

  CamundaIdentityAuthenticationProvider(DeskAccounts accounts, ProcessEngineConfiguration engine) {
    this.accounts = accounts;
    this.maxAttempts = ((ProcessEngineConfigurationImpl) engine).getLoginMaxAttempts();
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null) {
      throw new BadCredentialsException("Wrong user or password");
    }
    List<String> groups = accounts.groups(user);
    if (DeskAccounts.isServiceAccount(groups)) {
      // Refused before the password is checked: no attempt is counted, nothing is locked.
      throw new SignInRefusal.ApiKeyRequired(user);
    }
    var lock = accounts.lock(user, maxAttempts);
    if (lock.isPresent()) {
      throw (RuntimeException) lock.get();
    }
    if (!accounts.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Wrong user or password");
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, DeskAccounts.authorities(groups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
