package io.casedesk.ledger.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.AddressOwner;
import io.casedesk.ledger.CreditRequest;
import io.casedesk.ledger.Deposit;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.ledger.SecurityChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The exchange's back office over HTTP, as written down in
 * {@code src/main/resources/ledger/exchange-back-office-api.yaml}. Timeouts and transport errors
 * become {@link LedgerUnavailableException} (the engine retries); 404 means "no such thing".
 * Request and response records stay inside this adapter.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "http")
class HttpLedger implements LedgerPort {

  private final BackOfficeHttp backOffice;
  private final RestClient http;

  HttpLedger(BackOfficeHttp backOffice) {
    this.backOffice = backOffice;
    this.http = backOffice.client();
  }

  record AccountJson(String uid, String email, String status, int kycLevel) {}

  record KycLevelJson(int kycLevel) {}

  record AddressOwnerJson(String ownership, String customerUid) {}

  record DepositJson(String id, String customerUid, String chain, String asset, String txId, BigDecimal amount, Instant creditedAt, String creditedBy) {
    Deposit toDeposit() {
      return new Deposit(id, customerUid, chain, asset, txId, amount, creditedAt, creditedBy);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CreditJson(String customerUid, String chain, String asset, String txId, BigDecimal amount, String requestedBy) {}

  @Override
  public Optional<Account> findAccount(String uid) {
    return optional(() -> http.get().uri("/accounts/{uid}", uid).retrieve().body(AccountJson.class))
        .map(a -> new Account(a.uid(), a.email(), AccountStatus.valueOf(a.status()), a.kycLevel()));
  }

  // The profile, balance, withdrawal, savings and copy-trading answers have exactly the shape of the
  // port's records (see the API description), so they are read into them directly.

  @Override
  public Optional<AccountProfile> profile(String uid) {
    return optional(() -> http.get().uri("/accounts/{uid}/profile", uid).retrieve().body(AccountProfile.class));
  }

  @Override
  public List<AccountProfile.Balance> balances(String uid) {
    return list(() -> http.get().uri("/accounts/{uid}/balances", uid).retrieve().body(AccountProfile.Balance[].class));
  }

  @Override
  public List<AccountProfile.Withdrawal> withdrawals(String uid) {
    return list(() -> http.get().uri("/accounts/{uid}/withdrawals", uid).retrieve().body(AccountProfile.Withdrawal[].class));
  }

  @Override
  public List<AccountProfile.SavingsAccrual> savingsAccruals(String uid, String asset, LocalDate from, LocalDate to) {
    return list(() -> http.get()
        .uri(b -> b.path("/accounts/{uid}/savings-accruals").queryParam("asset", asset).queryParam("from", from).queryParam("to", to).build(uid))
        .retrieve().body(AccountProfile.SavingsAccrual[].class));
  }

  @Override
  public List<AccountProfile.CopyTradingOrder> copyTradingOrders(String uid, Instant from, Instant to) {
    return list(() -> http.get()
        .uri(b -> b.path("/accounts/{uid}/copy-trading-orders").queryParam("from", from).queryParam("to", to).build(uid))
        .retrieve().body(AccountProfile.CopyTradingOrder[].class));
  }

  private <T> List<T> list(java.util.function.Supplier<T[]> call) {
    return backOffice.list(call);
  }

  @Override
  public List<SecurityChange> securityChanges(String uid, Instant since) {
    return list(() -> http.get()
        .uri(b -> b.path("/accounts/{uid}/security-changes").queryParam("since", since).build(uid))
        .retrieve().body(SecurityChangeJson[].class)).stream()
        .map(c -> new SecurityChange(SecurityChange.Kind.valueOf(c.kind()), c.at(), c.detail()))
        .toList();
  }

  record SecurityChangeJson(String kind, Instant at, String detail) {}

  @Override
  public void setKycLevel(String uid, int level) {
    call(() -> http.put().uri("/accounts/{uid}/kyc-level", uid).contentType(MediaType.APPLICATION_JSON)
        .body(new KycLevelJson(level)).retrieve()
        .onStatus(s -> s.value() == 404, (request, response) -> {
          throw new UnknownAccountException(uid);
        })
        .toBodilessEntity());
  }

  @Override
  public AddressOwner addressOwner(String chain, String address, String memo) {
    return optional(() -> http.get()
            .uri(b -> b.path("/deposit-addresses/{chain}/{address}").queryParamIfPresent("memo", Optional.ofNullable(memo)).build(chain, address))
            .retrieve().body(AddressOwnerJson.class))
        .map(o -> new AddressOwner(AddressOwner.Ownership.valueOf(o.ownership()), o.customerUid()))
        .orElse(AddressOwner.of(AddressOwner.Ownership.NOT_EXCHANGE));
  }

  @Override
  public Optional<Deposit> findDeposit(String chain, String txId) {
    return optional(() -> http.get().uri("/deposits/{chain}/{txId}", chain, txId).retrieve().body(DepositJson.class))
        .map(DepositJson::toDeposit);
  }

  @Override
  public Deposit credit(CreditRequest r) {
    return call(() -> http.post().uri("/deposits/credits").contentType(MediaType.APPLICATION_JSON)
            .body(new CreditJson(r.customerUid(), r.chain(), r.asset(), r.txId(), r.amount(), r.requestedBy()))
            .retrieve()
            .onStatus(s -> s.value() == 404, (request, response) -> {
              throw new UnknownAccountException(r.customerUid());
            })
            .body(DepositJson.class))
        .toDeposit();
  }

  private <T> Optional<T> optional(java.util.function.Supplier<T> call) {
    return backOffice.optional(call);
  }

  private <T> T call(java.util.function.Supplier<T> call) {
    return backOffice.call(call);
  }
}
