-- Start-up tasks (engine schema, deployments, grants, Tasklist filters, users) run on one node at a time:
-- a starting node locks this row until its start-up is done, so nodes that start at the same moment wait
-- for each other instead of creating the same things twice. The row also shows which node started last.
create table cd_startup_lock (
  name       varchar(40)  not null primary key,
  started_by varchar(200),
  started_at timestamp with time zone
);
insert into cd_startup_lock (name) values ('startup');
