-- The embedded back office's account security operations and prices: 2FA resets and withdrawal locks
-- done for a case (one of each per case, so a retried call never resets or locks twice), and the USD
-- prices it values holdings at.
create table ledger_two_factor_reset (
  case_number  varchar(20)  not null primary key,
  customer_uid varchar(64)  not null references ledger_account (uid),
  reset_at     timestamp with time zone not null
);
create index ledger_two_factor_reset_uid_idx on ledger_two_factor_reset (customer_uid);

create table ledger_withdrawal_lock (
  case_number  varchar(20)  not null primary key,
  customer_uid varchar(64)  not null references ledger_account (uid),
  locked_at    timestamp with time zone not null,
  locked_until timestamp with time zone not null,
  lifted_at    timestamp with time zone
);
create index ledger_withdrawal_lock_uid_idx on ledger_withdrawal_lock (customer_uid);

create table ledger_asset_price (
  asset     varchar(16)     not null primary key,
  usd_price numeric(38, 18) not null,
  priced_at timestamp with time zone not null
);
