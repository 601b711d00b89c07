-- API keys of service accounts (the exchange's back end): a service account signs in with a key, never
-- with a password, so nobody can lock it out by sending wrong passwords. Only the SHA-256 of the key's
-- secret is stored; the key is shown once, when it is created. An account may hold several keys at once,
-- so a key is rotated without downtime: create the new one, deploy it, revoke the old one.
create table cd_api_key (
  key_id        varchar(32)  not null primary key,
  account       varchar(64)  not null,
  secret_sha256 varchar(64)  not null,
  label         varchar(200),
  created_at    timestamp with time zone not null,
  created_by    varchar(64),
  expires_at    timestamp with time zone,
  revoked_at    timestamp with time zone,
  revoked_by    varchar(64),
  last_used_at  timestamp with time zone
);
create index cd_api_key_account on cd_api_key (account);
