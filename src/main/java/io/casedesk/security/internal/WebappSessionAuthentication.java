package io.casedesk.security.internal;

import io.casedesk.casetype.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person logged in to Tasklist opens a case's document from the task's form: the link leaves the
 * webapp, so the browser sends no Basic credentials, only its Tasklist session. For those reads only
 * ({@code GET} of a document, without an {@code Authorization} header) this takes the person and
 * their groups from the webapps' login, as the engine's own webapp API would. Every other API call
 * still needs HTTP Basic, so no forged request rides on a browser's session.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  static final String ENGINE = "default";

  private final RequestMatcher documents;

  WebappSessionAuthentication(RequestMatcher documents) {
    this.documents = documents;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null || !documents.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication login) {
      List<SimpleGrantedAuthority> groups = login.getGroupIds() == null ? List.of()
          : login.getGroupIds().stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login.getName(), null, groups));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
