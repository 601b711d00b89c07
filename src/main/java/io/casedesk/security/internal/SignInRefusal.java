package io.casedesk.security.internal;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;

/**
 * Why a request's credentials were refused, in words the caller can act on: each refusal knows its
 * status and problem type, so the API's entry point answers each one as it should be answered.
 */
interface SignInRefusal {

  HttpStatus status();

  String type();

  String title();

  String getMessage();

  /** Seconds after which trying again can succeed; null when waiting does not help. */
  default Long retryAfterSeconds() {
    return null;
  }

  /** A service account sent a password: service accounts sign in with an API key, so no password of theirs can be locked. */
  final class ApiKeyRequired extends BadCredentialsException implements SignInRefusal {
    ApiKeyRequired(String account) {
      super("Service account " + account + " signs in with an API key (Authorization: Bearer cdk_…), not with a password.");
    }

    public HttpStatus status() {
      return HttpStatus.UNAUTHORIZED;
    }

    public String type() {
      return "api-key-required";
    }

    public String title() {
      return "API key required";
    }
  }

  /** The API key is not well-formed, unknown, revoked or expired. */
  final class InvalidApiKey extends BadCredentialsException implements SignInRefusal {
    InvalidApiKey() {
      super("The API key is unknown, revoked or expired.");
    }

    public HttpStatus status() {
      return HttpStatus.UNAUTHORIZED;
    }

    public String type() {
      return "invalid-api-key";
    }

    public String title() {
      return "Invalid API key";
    }
  }

  /** Wrong passwords paused the person's sign-in for a while (the engine's login throttling). */
  final class SignInPaused extends LockedException implements SignInRefusal {
    private final long seconds;

    SignInPaused(Duration left) {
      super("After wrong passwords, sign-in of this account is paused for " + Math.max(1, left.toSeconds())
          + " s; then send the right password.");
      this.seconds = Math.max(1, left.toSeconds());
    }

    public HttpStatus status() {
      return HttpStatus.TOO_MANY_REQUESTS;
    }

    public String type() {
      return "sign-in-paused";
    }

    public String title() {
      return "Too many wrong passwords";
    }

    @Override
    public Long retryAfterSeconds() {
      return seconds;
    }
  }

  /** Too many wrong passwords locked the person's account until an administrator unlocks it. */
  final class AccountLocked extends LockedException implements SignInRefusal {
    AccountLocked() {
      super("This account is locked after too many wrong passwords; an administrator unlocks it in Camunda Admin.");
    }

    public HttpStatus status() {
      return HttpStatus.UNAUTHORIZED;
    }

    public String type() {
      return "account-locked";
    }

    public String title() {
      return "Account locked";
    }
  }
}
