package io.casedesk.security.internal;

import static io.casedesk.casetype.Groups.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.casetype.Groups;
import io.casedesk.web.Problems;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nobody gets in without credentials.
 *
 * <ul>
 *   <li>The webapps (Tasklist, Cockpit, Admin under {@code /camunda}) keep their own login, session
 *       and CSRF protection.
 *   <li>Everything else takes HTTP Basic against the engine's users, or a service account's API key
 *       (service accounts never sign in with a password): the case API ({@code /api}),
 *       the engine REST API ({@code /engine-rest}, where the engine then knows the user, so its
 *       authorizations apply and its operation log names who did what) and the actuator, of which
 *       only the bare health check and its readiness and liveness probes are open. A case's documents
 *       open from Tasklist's forms with the Tasklist login as well ({@link WebappSessionAuthentication}).
 * </ul>
 */
@Configuration
class SecurityConfiguration {

  static final String REALM = "CaseDesk";

  /**
   * The APIs: the case API, the engine REST API, the API documentation and the actuator. Everything
   * else is the webapps (Tasklist, Cockpit, Admin and their welcome page), which authenticate on
   * their own; a browser must never be asked for Basic credentials there.
   */
  static RequestMatcher apis() {
    return new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**"), path("/swagger-ui/**"));
  }

  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(new NegatedRequestMatcher(apis()))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** A case's documents, which people open from the task forms in Tasklist. */
  static RequestMatcher documents() {
    return path("/api/cases/*/documents/*");
  }

  /**
   * The compliance audit page ({@code /audit}): a login form of its own against the engine's users
   * (HTTP Basic is accepted too, but never asked for), a session with CSRF protection, and only
   * {@code compliance} and administrators past it. A caller without credentials gets the login form
   * with status 401; anyone else 403.
   */
  @Bean
  @Order(0)
  SecurityFilterChain auditPage(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint loginForm = (request, response, e) ->
        request.getRequestDispatcher(AUDIT_LOGIN).forward(request, response);
    AccessDeniedHandler denied = (request, response, e) ->
        request.getRequestDispatcher(AUDIT_DENIED).forward(request, response);
    return http.securityMatcher(new OrRequestMatcher(path("/audit"), path("/audit/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path(AUDIT_LOGIN), path(AUDIT_DENIED), path("/audit/assets/**")).permitAll()
            .anyRequest().hasAnyAuthority(authority(Groups.COMPLIANCE), authority(Groups.ADMIN)))
        .formLogin(form -> form.loginPage(AUDIT_LOGIN).loginProcessingUrl(AUDIT_LOGIN).defaultSuccessUrl("/audit", false)
            .failureUrl(AUDIT_LOGIN + "?error"))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(loginForm))
        .logout(logout -> logout.logoutUrl("/audit/logout").logoutSuccessUrl(AUDIT_LOGIN + "?logout"))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(loginForm).accessDeniedHandler(denied))
        .build();
  }

  static final String AUDIT_LOGIN = "/audit/login";
  static final String AUDIT_DENIED = "/audit/denied";

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper objectMapper, ApiKeys keys, DeskAccounts accounts) throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(objectMapper);
    // Explicit path matchers: the webapps and the engine REST API are servlets of their own, outside Spring MVC.
    return http.securityMatcher(apis()).authorizeHttpRequests(requests -> requests
            // Status only (details are never shown): the bare check and the load balancer's probes.
            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness").permitAll()
            // Metrics for the operators' Prometheus and Grafana: supervisors and administrators.
            .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.ADMIN))
            .requestMatchers("/actuator/**").hasAuthority(authority(Groups.ADMIN))
            .requestMatchers(HttpMethod.GET, "/api/kpis").hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.COMPLIANCE), authority(Groups.ADMIN))
            .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/*/replies", "/api/cases/*/csat", "/api/inbound-mail",
                "/api/cases/*/confirmation", "/api/cases/*/cancellation", "/api/cases/*/kyc-verification").hasAuthority(authority(Groups.INTAKE))
            // Delivery of notifications and case events: supervisors watch and retry, compliance reads.
            .requestMatchers(HttpMethod.GET, "/api/notifications/**", "/api/case-events/**")
                .hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.COMPLIANCE), authority(Groups.ADMIN))
            .requestMatchers(HttpMethod.POST, "/api/notifications/*/retry", "/api/case-events/*/retry")
                .hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.ADMIN))
            .requestMatchers(HttpMethod.GET, "/api/demo/mailbox/**").hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.ADMIN))
            // A case's documents: the people who may work the case (the desk checks which), never a service account.
            .requestMatchers(HttpMethod.GET, "/api/cases/*/documents/*").access(staffOnly())
            .requestMatchers(HttpMethod.GET, "/api/cases/*/document-views")
                .hasAnyAuthority(authority(Groups.SUPERVISORS), authority(Groups.COMPLIANCE), authority(Groups.ADMIN))
            .requestMatchers(HttpMethod.GET, "/api/cases/**")
                .hasAnyAuthority(authority(Groups.INTAKE), authority(Groups.SUPERVISORS), authority(Groups.COMPLIANCE), authority(Groups.ADMIN))
            .requestMatchers("/api/service-accounts/**").hasAuthority(authority(Groups.ADMIN))
            .requestMatchers("/api/audit/**").hasAnyAuthority(authority(Groups.COMPLIANCE), authority(Groups.ADMIN))
            .requestMatchers("/api/docs/**", "/api/openapi/**", "/api/swagger-ui/**", "/swagger-ui/**", "/api/docs").authenticated()
            .requestMatchers(path("/engine-rest/**")).access(staffOnly())
            .anyRequest().denyAll())
        .addFilterBefore(new ApiKeyAuthenticationFilter(keys, accounts, unauthorized), BasicAuthenticationFilter.class)
        .addFilterBefore(new WebappSessionAuthentication(documents()), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden(objectMapper)))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no browser session whose cookies a forged request could ride on.
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** Service accounts use the case API only; the engine's own API is for the desk's staff. */
  private static AuthorizationManager<RequestAuthorizationContext> staffOnly() {
    return (authentication, context) -> {
      Authentication user = authentication.get();
      boolean staff = user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName())
          && user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(authority(Groups.INTAKE)));
      return new AuthorizationDecision(staff);
    };
  }

  /** 401 (or 429 while wrong passwords pause a person's sign-in), saying which credentials are wanted and why these were refused. */
  private static AuthenticationEntryPoint unauthorized(ObjectMapper objectMapper) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\"");
      if (e instanceof SignInRefusal refusal) {
        if (refusal.retryAfterSeconds() != null) {
          response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        }
        Problems.write(response, objectMapper, Problems.of(refusal.status(), refusal.type(), refusal.title(), refusal.getMessage()));
        return;
      }
      Problems.write(response, objectMapper, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Credentials needed",
          "Send a user and password (HTTP Basic), or a service account's API key (Authorization: Bearer cdk_…)."));
    };
  }

  private static AccessDeniedHandler forbidden(ObjectMapper objectMapper) {
    return (request, response, e) -> Problems.write(response, objectMapper,
        Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your account may not do this."));
  }

  /**
   * Tells the engine who calls its REST API: the user Spring Security authenticated, with the
   * user's groups, for the engine's authorization checks and operation log.
   */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
