-- The embedded back office's deposit addresses and credited deposits.
-- Shared addresses (XRP, Stellar) tell customers apart by memo / destination tag.
create table ledger_deposit_address (
  chain        varchar(20)  not null,
  address      varchar(100) not null,
  memo         varchar(64),
  customer_uid varchar(64)  not null references ledger_account (uid),
  created_at   timestamp with time zone not null
);
create unique index ledger_deposit_address_idx on ledger_deposit_address (chain, address, memo);

create table ledger_deposit (
  id           varchar(40)    not null primary key,
  customer_uid varchar(64)    not null references ledger_account (uid),
  chain        varchar(20)    not null,
  asset        varchar(16)    not null,
  tx_id        varchar(100)   not null,
  amount       numeric(38, 18) not null,
  credited_at  timestamp with time zone not null,
  credited_by  varchar(64)    not null,
  constraint ledger_deposit_once unique (chain, tx_id)
);
