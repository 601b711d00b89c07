-- Withdrawal limits in the embedded back office: each account's daily and monthly limit in USD, and
-- every change made to the daily limit, idempotent by the key of the step that asked for it.
create table ledger_withdrawal_limit (
  customer_uid       varchar(64)     not null primary key references ledger_account (uid),
  daily_limit_usd    numeric(38, 18) not null,
  monthly_limit_usd  numeric(38, 18) not null,
  updated_at         timestamp with time zone not null
);

create table ledger_withdrawal_limit_change (
  idempotency_key        varchar(100)    not null primary key,
  customer_uid           varchar(64)     not null references ledger_account (uid),
  previous_daily_usd     numeric(38, 18) not null,
  daily_limit_usd        numeric(38, 18) not null,
  monthly_limit_usd      numeric(38, 18) not null,
  requested_by           varchar(64)     not null,
  changed_at             timestamp with time zone not null
);
create index ledger_withdrawal_limit_change_uid_idx on ledger_withdrawal_limit_change (customer_uid, changed_at);

-- The desk's record of each withdrawal-limit request: what the decision table decided and why (the
-- engine's decision instance), the limit applied, and the KYC verification case opened for it.
create table cd_withdrawal_limit_request (
  case_number            varchar(20)     not null primary key references cd_case (case_number),
  customer_uid           varchar(64)     not null,
  requested_daily_usd    numeric(38, 18) not null,
  current_daily_usd      numeric(38, 18) not null,
  kyc_level              integer         not null,
  decision               varchar(20)     not null,
  reason                 varchar(40)     not null,
  review_queue           varchar(64),
  needed_kyc_level       integer,
  approved_daily_usd     numeric(38, 18),
  decision_instance_id   varchar(64),
  rule_id                varchar(64),
  explanation            varchar(4000)   not null,
  decided_at             timestamp with time zone not null,
  applied_daily_usd      numeric(38, 18),
  applied_at             timestamp with time zone,
  kyc_case_number        varchar(20)
);
create index cd_withdrawal_limit_request_uid_idx on cd_withdrawal_limit_request (customer_uid);
