package io.casedesk.security.internal;

import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue, list and revoke the API keys of service accounts. Rotation without downtime:
 * issue a second key, deploy it, revoke the first; both sign in meanwhile.
 */
@RestController
@RequestMapping(path = "/api/service-accounts/{account}/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service accounts", description = "API keys of the exchange's back end (administrators)")
class ApiKeyController {

  private final ApiKeys keys;
  private final DeskAccounts accounts;
  private final Clock clock;

  ApiKeyController(ApiKeys keys, DeskAccounts accounts, Clock clock) {
    this.keys = keys;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Body of a new key: what it is for and, optionally, when it stops working. */
  record NewApiKey(
      @NotBlank @Size(max = 200) @Schema(example = "exchange-backend production, 2026-12") String label,
      @Schema(description = "When the key stops working; none: until revoked", example = "2027-12-01T00:00:00Z") Instant expiresAt) {}

  /** The new key; {@code key} is shown this once and never stored. */
  record IssuedApiKey(ApiKeys.ApiKey apiKey, @Schema(example = "cdk_3f9a1c0d5e7b2a41.q0Z…") String key) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue an API key to a service account",
      description = "The answer shows the key once; the desk keeps only its SHA-256. Send it as Authorization: Bearer <key>."
          + " An account holds at most " + ApiKeys.MAX_ACTIVE + " active keys.")
  @ApiResponse(responseCode = "201", description = "The key, shown this once")
  @ApiResponse(responseCode = "409", description = "The account holds " + ApiKeys.MAX_ACTIVE + " active keys already; revoke one first")
  @ApiResponse(responseCode = "422", description = "The account is a person's, not a service account (group intake)")
  ResponseEntity<IssuedApiKey> issue(@PathVariable String account, @RequestBody NewApiKey request, @Parameter(hidden = true) Principal admin) {
    serviceAccount(account);
    if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
      throw new InvalidRequestException("expiresAt", "must lie in the future");
    }
    if (keys.activeCount(account) >= ApiKeys.MAX_ACTIVE) {
      throw new TooManyKeys(account);
    }
    ApiKeys.Issued issued = keys.issue(account, request.label(), request.expiresAt(), admin.getName());
    return ResponseEntity.created(URI.create("/api/service-accounts/" + account + "/api-keys/" + issued.key().keyId()))
        .body(new IssuedApiKey(issued.key(), issued.secretKey()));
  }

  @GetMapping
  @Operation(summary = "A service account's API keys, without their secrets: active, expired and revoked, with when each was last used")
  @ApiResponse(responseCode = "200", description = "The keys")
  List<ApiKeys.ApiKey> list(@PathVariable String account) {
    serviceAccount(account);
    return keys.of(account);
  }

  @DeleteMapping("/{keyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an API key", description = "It stops working at once; revoking it again changes nothing.")
  @ApiResponse(responseCode = "204", description = "Revoked")
  void revoke(@PathVariable String account, @PathVariable String keyId, @Parameter(hidden = true) Principal admin) {
    serviceAccount(account);
    keys.find(keyId).filter(key -> key.account().equals(account)).orElseThrow(() -> new UnknownKey(account, keyId));
    keys.revoke(keyId, admin.getName());
  }

  private void serviceAccount(String account) {
    if (!accounts.exists(account)) {
      throw new UnknownAccount(account);
    }
    if (!DeskAccounts.isServiceAccount(accounts.groups(account))) {
      throw new NotAServiceAccount(account);
    }
  }

  static class UnknownAccount extends ClientProblem {
    UnknownAccount(String account) {
      super(HttpStatus.NOT_FOUND, "unknown-account", "Unknown account", "There is no account " + account + ".");
    }
  }

  static class UnknownKey extends ClientProblem {
    UnknownKey(String account, String keyId) {
      super(HttpStatus.NOT_FOUND, "unknown-api-key", "Unknown API key", account + " has no API key " + keyId + ".");
    }
  }

  static class NotAServiceAccount extends ClientProblem {
    NotAServiceAccount(String account) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "not-a-service-account", "Not a service account",
          account + " is not a service account (group intake); people sign in with their password.");
    }
  }

  static class TooManyKeys extends ClientProblem {
    TooManyKeys(String account) {
      super(HttpStatus.CONFLICT, "too-many-api-keys", "Too many API keys",
          account + " holds " + ApiKeys.MAX_ACTIVE + " active API keys; revoke one before issuing another.");
    }
  }
}
