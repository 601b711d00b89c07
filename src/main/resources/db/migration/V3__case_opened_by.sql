-- Who opened the case: the authenticated account of the exchange's back end.
alter table cd_case add column opened_by varchar(64);
