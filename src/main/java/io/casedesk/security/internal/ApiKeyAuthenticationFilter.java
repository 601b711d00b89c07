package io.casedesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a service account by its API key ({@code Authorization: Bearer cdk_…}). A key that does
 * not sign anyone in is answered 401 at once; the keys' 256 random bits are what protects them from
 * guessing, so no lock-out is needed and none can be provoked.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiKeys keys;
  private final DeskAccounts accounts;
  private final AuthenticationEntryPoint entryPoint;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  ApiKeyAuthenticationFilter(ApiKeys keys, DeskAccounts accounts, AuthenticationEntryPoint entryPoint) {
    this.keys = keys;
    this.accounts = accounts;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var account = keys.account(header.substring(BEARER.length()).trim());
    List<String> groups = account.map(accounts::groups).orElse(List.of());
    // A key signs in service accounts only: a key left behind on an account that became a person's signs in nobody.
    if (account.isEmpty() || !DeskAccounts.isServiceAccount(groups)) {
      contexts.clearContext();
      entryPoint.commence(request, response, new SignInRefusal.InvalidApiKey());
      return;
    }
    var context = contexts.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.get(), null, DeskAccounts.authorities(groups)));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }
}
