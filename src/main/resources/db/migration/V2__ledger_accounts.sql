-- The embedded back office: the exchange's accounts as the desk's demo and test default.
create table ledger_account (
  uid        varchar(64)  not null primary key,
  email      varchar(200) not null,
  status     varchar(20)  not null,
  kyc_level  integer      not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
