-- Copy trading in the embedded back office: the lead traders' own orders (with where they left each
-- trade), who follows whom with which copy settings, and the compensations the desk credited for
-- platform-side failures, at most once per case and lead order.
create table ledger_lead_order (
  id              varchar(40)     not null primary key,
  lead_trader     varchar(64)     not null,
  symbol          varchar(20)     not null,
  side            varchar(4)      not null,
  order_type      varchar(10)     not null,
  status          varchar(20)     not null,
  price           numeric(38, 18) not null,
  quantity        numeric(38, 18) not null,
  filled_quantity numeric(38, 18) not null,
  placed_at       timestamp with time zone not null,
  filled_at       timestamp with time zone,
  exit_price      numeric(38, 18) not null,
  exited_at       timestamp with time zone
);
create index ledger_lead_order_trader_idx on ledger_lead_order (lead_trader, placed_at);

-- A follower's copy settings: the copy is the lead's quantity times copy_ratio, at most
-- max_order_value (in the quote asset) per order, for lead orders placed while following.
create table ledger_copy_follow (
  follower_uid    varchar(64)     not null references ledger_account (uid),
  lead_trader     varchar(64)     not null,
  copy_ratio      numeric(38, 18) not null,
  max_order_value numeric(38, 18),
  followed_from   timestamp with time zone not null,
  followed_until  timestamp with time zone
);
create index ledger_copy_follow_idx on ledger_copy_follow (follower_uid, lead_trader);

create table ledger_copy_compensation (
  id           varchar(40)     not null primary key,
  case_number  varchar(20)     not null,
  order_id     varchar(40)     not null,
  customer_uid varchar(64)     not null references ledger_account (uid),
  asset        varchar(16)     not null,
  amount       numeric(38, 18) not null,
  reason       varchar(500)    not null,
  requested_by varchar(64)     not null,
  credited_at  timestamp with time zone not null,
  constraint ledger_copy_compensation_once unique (case_number, order_id)
);
