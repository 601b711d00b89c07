-- SLA clocks with their state, so a clock can pause while the customer has the turn and resume with
-- the time that was left. One row per case and clock; replaces cd_sla_event, whose at-risk and breach
-- times move into the rows.

create table cd_sla_clock (
  case_number         varchar(20) not null references cd_case (case_number),
  clock               varchar(20) not null,
  state               varchar(20) not null,
  due_at              timestamp with time zone not null,
  at_risk_at          timestamp with time zone not null,
  base_priority       integer not null,
  at_risk_reached_at  timestamp with time zone,
  breached_at         timestamp with time zone,
  met_at              timestamp with time zone,
  paused_since        timestamp with time zone,
  paused_seconds      bigint not null default 0,
  pauses              integer not null default 0,
  primary key (case_number, clock)
);
create index cd_sla_clock_state_idx on cd_sla_clock (state);

insert into cd_sla_clock (case_number, clock, state, due_at, at_risk_at, base_priority, met_at)
select c.case_number, 'FIRST_RESPONSE',
       case when c.first_response_at is not null then 'MET'
            when c.status in ('RESOLVED', 'REJECTED', 'CLOSED') then 'STOPPED' else 'RUNNING' end,
       c.first_response_due, c.first_response_due, c.priority, c.first_response_at
from cd_case c;

insert into cd_sla_clock (case_number, clock, state, due_at, at_risk_at, base_priority, met_at)
select c.case_number, 'RESOLUTION',
       case when c.status in ('RESOLVED', 'REJECTED', 'CLOSED') then 'MET' else 'RUNNING' end,
       c.resolution_due, c.resolution_due, c.priority, c.resolved_at
from cd_case c;

update cd_sla_clock set at_risk_reached_at =
  (select e.occurred_at from cd_sla_event e
   where e.case_number = cd_sla_clock.case_number and e.clock = cd_sla_clock.clock and e.kind = 'AT_RISK');
update cd_sla_clock set breached_at =
  (select e.occurred_at from cd_sla_event e
   where e.case_number = cd_sla_clock.case_number and e.clock = cd_sla_clock.clock and e.kind = 'BREACHED');
update cd_sla_clock set state = 'BREACHED' where breached_at is not null;

drop table cd_sla_event;

-- A case escalated by a breached clock stays visibly escalated until it ends.
alter table cd_case add column escalated boolean default false not null;
update cd_case set escalated = true where case_number in (select case_number from cd_sla_clock where breached_at is not null);
