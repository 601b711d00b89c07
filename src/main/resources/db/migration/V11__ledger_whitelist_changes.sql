-- Whitelist changes made through the back office: which case added an address, and the answer to
-- every add, removal and cancellation by case number and operation, so that a repeated request (a
-- retried step) answers as the first one did and changes nothing twice.
alter table ledger_whitelisted_address add column asset varchar(16);
alter table ledger_whitelisted_address add column case_number varchar(20);
create index ledger_whitelisted_address_case_idx on ledger_whitelisted_address (case_number);

create table ledger_whitelist_operation (
  case_number       varchar(20)  not null,
  operation         varchar(10)  not null,
  customer_uid      varchar(64)  not null references ledger_account (uid),
  changed           boolean      not null,
  chain             varchar(20),
  asset             varchar(16),
  address           varchar(100),
  memo              varchar(64),
  label             varchar(100),
  added_at          timestamp with time zone,
  usable_from       timestamp with time zone,
  entry_case_number varchar(20),
  occurred_at       timestamp with time zone not null,
  primary key (case_number, operation)
);
