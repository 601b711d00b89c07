-- The rest of the embedded back office: account security state, whitelists, logins, balances,
-- withdrawals, Flexible Savings interest accruals and copy-trading orders with their fills.
alter table ledger_account add column two_factor_enabled boolean default true not null;
alter table ledger_account add column withdrawals_locked_until timestamp with time zone;

create table ledger_whitelisted_address (
  customer_uid varchar(64)  not null references ledger_account (uid),
  chain        varchar(20)  not null,
  address      varchar(100) not null,
  memo         varchar(64),
  label        varchar(100),
  added_at     timestamp with time zone not null,
  usable_from  timestamp with time zone not null
);
create index ledger_whitelisted_address_uid_idx on ledger_whitelisted_address (customer_uid);

create table ledger_login (
  customer_uid varchar(64)  not null references ledger_account (uid),
  device_id    varchar(64)  not null,
  device_name  varchar(100) not null,
  ip_address   varchar(45)  not null,
  country      varchar(2),
  logged_in_at timestamp with time zone not null
);
create index ledger_login_uid_idx on ledger_login (customer_uid, logged_in_at);

create table ledger_balance (
  customer_uid varchar(64)     not null references ledger_account (uid),
  asset        varchar(16)     not null,
  available    numeric(38, 18) not null,
  locked       numeric(38, 18) not null,
  primary key (customer_uid, asset)
);

create table ledger_withdrawal (
  id           varchar(40)     not null primary key,
  customer_uid varchar(64)     not null references ledger_account (uid),
  chain        varchar(20)     not null,
  asset        varchar(16)     not null,
  address      varchar(100)    not null,
  amount       numeric(38, 18) not null,
  tx_id        varchar(100),
  status       varchar(20)     not null,
  requested_at timestamp with time zone not null
);
create index ledger_withdrawal_uid_idx on ledger_withdrawal (customer_uid);

-- Flexible Savings: one accrual per customer, asset and day, as the ledger booked it.
create table ledger_savings_accrual (
  customer_uid varchar(64)     not null references ledger_account (uid),
  asset        varchar(16)     not null,
  accrual_date date            not null,
  principal    numeric(38, 18) not null,
  apr_percent  numeric(9, 4)   not null,
  interest     numeric(38, 18) not null,
  primary key (customer_uid, asset, accrual_date)
);

-- Copy trading: the follower's copy of each lead-trader order, and how it was filled.
create table ledger_copy_order (
  id               varchar(40)     not null primary key,
  customer_uid     varchar(64)     not null references ledger_account (uid),
  lead_trader      varchar(64)     not null,
  lead_order_id    varchar(40)     not null,
  symbol           varchar(20)     not null,
  side             varchar(4)      not null,
  status           varchar(20)     not null,
  lead_price       numeric(38, 18) not null,
  fill_price       numeric(38, 18),
  quantity         numeric(38, 18) not null,
  filled_quantity  numeric(38, 18) not null,
  failure_reason   varchar(100),
  lead_placed_at   timestamp with time zone not null,
  placed_at        timestamp with time zone
);
create index ledger_copy_order_uid_idx on ledger_copy_order (customer_uid, lead_placed_at);
