-- Demo security changes: a password change, an e-mail change and a new API key, late in November 2026.
insert into ledger_security_change (customer_uid, kind, occurred_at, detail) values
  ('10000006', 'PASSWORD_CHANGE', timestamp with time zone '2026-11-27 22:41:00+00', 'from a new device, Chrome on Linux'),
  ('10000007', 'EMAIL_CHANGE',    timestamp with time zone '2026-11-29 03:12:00+00', 'to an address at a new domain'),
  ('10000007', 'API_KEY_CREATED', timestamp with time zone '2026-11-29 03:20:00+00', 'withdrawal permission enabled'),
  ('10000008', 'PASSWORD_CHANGE', timestamp with time zone '2026-09-02 10:00:00+00', 'routine change');
