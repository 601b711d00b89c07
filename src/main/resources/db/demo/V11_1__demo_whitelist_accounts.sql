-- Demo accounts for withdrawal whitelist changes (UIDs 10000041-10000045), one per path of the
-- whitelist-change flow (see README, "Withdrawal whitelist changes"):
--   10000041 a clean account: an addition passes without a person;
--   10000042 its password was changed six hours before the demo database was created, so an addition
--            goes to the security team (delete ./data to start the demo afresh and keep it recent);
--   10000043 a clean account, for adding a token contract (the demo chains know USDT's and USDC's);
--   10000044 has two whitelisted addresses, to remove one or to ask for one already there;
--   10000045 a clean account, for trying a deny-listed address (the Tornado Cash router).
insert into ledger_account (uid, email, status, kyc_level, created_at, updated_at) values
  ('10000041', 'hana.kobayashi@example.com', 'ACTIVE', 2, timestamp with time zone '2025-02-03 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000042', 'marco.rossi@example.com', 'ACTIVE', 1, timestamp with time zone '2025-04-21 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000043', 'aisha.khan@example.com', 'ACTIVE', 1, timestamp with time zone '2025-05-30 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000044', 'lukas.weber@example.com', 'ACTIVE', 2, timestamp with time zone '2025-01-17 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000045', 'sofia.novak@example.com', 'ACTIVE', 1, timestamp with time zone '2025-07-08 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00');

insert into ledger_balance (customer_uid, asset, available, locked) values
  ('10000041', 'USDT', 18250.40, 0),
  ('10000041', 'ETH', 4.2150, 0),
  ('10000042', 'USDT', 96410.00, 0),
  ('10000042', 'ETH', 12.0400, 0),
  ('10000043', 'USDT', 7300.15, 0),
  ('10000044', 'USDT', 3120.00, 0),
  ('10000044', 'ETH', 1.8800, 0),
  ('10000044', 'XRP', 5400, 0),
  ('10000045', 'USDT', 25000.00, 0),
  ('10000045', 'ETH', 6.5000, 0);

insert into ledger_login (customer_uid, device_id, device_name, ip_address, country, logged_in_at) values
  ('10000041', 'iphone-15-41', 'iPhone 15, iOS 18', '203.0.113.41', 'JP', timestamp with time zone '2026-11-20 08:41:00+00'),
  ('10000041', 'mac-safari-41', 'Safari 18 on macOS 15', '203.0.113.42', 'JP', timestamp with time zone '2026-11-27 21:05:00+00'),
  ('10000042', 'win-chrome-42', 'Chrome 131 on Windows 11', '198.51.100.42', 'IT', timestamp with time zone '2026-11-18 10:42:00+00'),
  ('10000042', 'unknown-linux-42', 'Firefox 133 on Linux', '185.220.101.42', 'NL', current_timestamp - interval '7' hour),
  ('10000043', 'pixel-8-43', 'Pixel 8, Android 15', '198.51.100.43', 'AE', timestamp with time zone '2026-11-25 12:43:00+00'),
  ('10000044', 'mac-chrome-44', 'Chrome 131 on macOS 15', '192.0.2.44', 'DE', timestamp with time zone '2026-11-24 18:44:00+00'),
  ('10000045', 'iphone-16-45', 'iPhone 16, iOS 18', '192.0.2.45', 'CZ', timestamp with time zone '2026-11-26 07:45:00+00');

-- The change that makes an addition for 10000042 a takeover sign: relative to when the demo database is created.
insert into ledger_security_change (customer_uid, kind, occurred_at, detail) values
  ('10000042', 'PASSWORD_CHANGE', current_timestamp - interval '6' hour, 'from a new device, Firefox 133 on Linux (NL)');

insert into ledger_whitelisted_address (customer_uid, chain, asset, address, memo, label, added_at, usable_from) values
  ('10000044', 'ETHEREUM', 'ETH', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb', null, 'Hardware wallet', timestamp with time zone '2025-09-14 16:00:00+00', timestamp with time zone '2025-09-15 16:00:00+00'),
  ('10000044', 'XRP', 'XRP', 'rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe', '90210', 'Other exchange', timestamp with time zone '2026-03-02 11:30:00+00', timestamp with time zone '2026-03-03 11:30:00+00');
