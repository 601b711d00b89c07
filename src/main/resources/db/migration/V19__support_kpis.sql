-- Support KPIs (module kpi): what the first-response, resolution and satisfaction figures need and
-- neither the registry nor the SLA clocks record. Written in the engine's transaction, as the rest.

-- A case reopened by the customer's reply within the reopen window counts it here; a reply after the
-- window (or to a closed case) opens a new case that names the old one.
alter table cd_case add column reopens integer default 0 not null;
alter table cd_case add column previous_case varchar(20);
create index cd_case_created_idx on cd_case (created_at);

-- Per case: the human steps and the first public response by a person (a message to the customer
-- that follows a person's completed step; a claim is no response and automatic messages are none),
-- and the time the customer had the turn before it (requester wait).
create table cd_kpi_case (
  case_number               varchar(20) not null primary key references cd_case (case_number),
  human_steps               integer default 0 not null,
  response_pending          boolean default false not null,
  public_responses          integer default 0 not null,
  first_public_response_at  timestamp with time zone,
  first_response_wait_secs  bigint,
  customer_asks             integer default 0 not null,
  waiting_since             timestamp with time zone,
  customer_wait_secs        bigint default 0 not null
);

-- Customer satisfaction: one rating per case, 1 to 5, after resolution.
create table cd_csat (
  case_number  varchar(20) not null primary key references cd_case (case_number),
  score        integer not null,
  comment      varchar(1000),
  submitted_at timestamp with time zone not null,
  constraint cd_csat_score check (score between 1 and 5)
);

insert into cd_kpi_case (case_number) select case_number from cd_case;
