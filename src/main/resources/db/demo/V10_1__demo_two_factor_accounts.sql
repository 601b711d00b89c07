-- Demo accounts for 2FA resets (README, "2FA resets and the withdrawal lock"), with a request that
-- says the second factor was lost on 2026-11-27:
--   10000037  clean and low risk: old account, small balance, the request IP is in its login history;
--   10000038  a withdrawal to a new address on 2026-11-28, after the loss: a suspected takeover;
--   10000039  a password change on 2026-11-10, within 30 days before the request: high risk;
--   10000040  clean and low risk, for the Chinese desk;
--   20000003  institutional, large balance: high risk, second approval by a supervisor.
-- And the USD prices the embedded back office values holdings at.
insert into ledger_account (uid, email, status, kyc_level, created_at, updated_at) values
  ('10000037', 'sofia.marin@example.com', 'ACTIVE', 1, timestamp with time zone '2025-05-20 09:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000038', 'ivan.kozlov@example.com', 'ACTIVE', 1, timestamp with time zone '2025-02-03 09:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000039', 'mai.tran@example.com', 'ACTIVE', 1, timestamp with time zone '2025-07-08 09:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000040', 'wang.fang@example.com', 'ACTIVE', 1, timestamp with time zone '2025-04-11 09:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('20000003', 'treasury@kestrel-asset.example', 'ACTIVE', 2, timestamp with time zone '2025-01-15 09:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00');

insert into ledger_balance (customer_uid, asset, available, locked) values
  ('10000037', 'USDT', 1850.40, 0),
  ('10000037', 'ETH', 0.35, 0),
  ('10000038', 'USDT', 3200, 0),
  ('10000038', 'BTC', 0.02, 0),
  ('10000039', 'USDT', 2400, 0),
  ('10000040', 'USDT', 960.75, 0),
  ('10000040', 'BTC', 0.004, 0),
  ('20000003', 'USDT', 250000, 15000),
  ('20000003', 'BTC', 3.5, 0);

insert into ledger_login (customer_uid, device_id, device_name, ip_address, country, logged_in_at) values
  ('10000037', 'iphone-13-37', 'iPhone 13, iOS 18', '203.0.113.24', 'ES', timestamp with time zone '2026-11-12 19:40:00+00'),
  ('10000037', 'mac-safari-37', 'Safari 18 on macOS 15', '198.51.100.77', 'ES', timestamp with time zone '2026-11-20 08:15:00+00'),
  ('10000037', 'iphone-13-37', 'iPhone 13, iOS 18', '203.0.113.24', 'ES', timestamp with time zone '2026-11-24 21:05:00+00'),
  ('10000038', 'pixel-7-38', 'Pixel 7, Android 14', '203.0.113.88', 'RU', timestamp with time zone '2026-11-15 07:30:00+00'),
  ('10000038', 'win-chrome-38', 'Chrome 131 on Windows 11', '203.0.113.88', 'RU', timestamp with time zone '2026-11-22 18:10:00+00'),
  ('10000038', 'unknown-android-38', 'Chrome 130 on Android 13', '185.107.56.19', 'NL', timestamp with time zone '2026-11-28 07:58:00+00'),
  ('10000039', 'galaxy-s23-39', 'Galaxy S23, Android 15', '198.51.100.140', 'VN', timestamp with time zone '2026-11-09 12:00:00+00'),
  ('10000039', 'win-edge-39', 'Edge 131 on Windows 11', '198.51.100.140', 'VN', timestamp with time zone '2026-11-21 13:20:00+00'),
  ('10000040', 'mi-14-40', 'Xiaomi 14, Android 15', '203.0.113.160', 'CN', timestamp with time zone '2026-11-16 02:10:00+00'),
  ('10000040', 'mac-chrome-40', 'Chrome 131 on macOS 15', '203.0.113.160', 'CN', timestamp with time zone '2026-11-23 11:45:00+00'),
  ('20000003', 'win-chrome-k1', 'Chrome 131 on Windows 11', '192.0.2.45', 'GB', timestamp with time zone '2026-11-18 09:02:00+00'),
  ('20000003', 'win-chrome-k2', 'Chrome 131 on Windows 11', '192.0.2.45', 'GB', timestamp with time zone '2026-11-25 09:10:00+00');

insert into ledger_whitelisted_address (customer_uid, chain, address, memo, label, added_at, usable_from) values
  ('10000037', 'ETHEREUM', '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', null, 'Hardware wallet', timestamp with time zone '2025-06-10 10:00:00+00', timestamp with time zone '2025-06-12 10:00:00+00'),
  ('10000038', 'ETHEREUM', '0x976EA74026E726554dB657fA54763abd0C3a0aa9', null, 'My wallet', timestamp with time zone '2025-03-01 10:00:00+00', timestamp with time zone '2025-03-03 10:00:00+00');

insert into ledger_withdrawal (id, customer_uid, chain, asset, address, amount, tx_id, status, requested_at) values
  ('WDR-20261015-0137', '10000037', 'ETHEREUM', 'ETH', '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', 0.2,
   '0xfd09e33d9d1e39e995fa1d3812cb03717a527dbf737b2f910aefc31794d77251', 'SENT', timestamp with time zone '2026-10-15 18:20:00+00'),
  ('WDR-20260910-0138', '10000038', 'ETHEREUM', 'ETH', '0x976EA74026E726554dB657fA54763abd0C3a0aa9', 0.5,
   '0x3bdef7abef6fbde4e1215ebcf2b3d76b93b52df225c453a382f8ac34ecca8d06', 'SENT', timestamp with time zone '2026-09-10 16:45:00+00'),
  ('WDR-20261128-0238', '10000038', 'ETHEREUM', 'ETH', '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955', 0.9,
   '0xff905ec32a1caa3fef38f480e5d1f351f3a260b0552aaf684ce4c4564c84f57b', 'SENT', timestamp with time zone '2026-11-28 08:14:00+00');

insert into ledger_security_change (customer_uid, kind, occurred_at, detail) values
  ('10000039', 'PASSWORD_CHANGE', timestamp with time zone '2026-11-10 12:05:00+00', 'from the usual device, Galaxy S23');

insert into ledger_asset_price (asset, usd_price, priced_at) values
  ('USDT', 1, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('USDC', 1, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('BTC', 92000, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('ETH', 3100, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('POL', 0.45, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('TRX', 0.21, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('XRP', 2.2, timestamp with time zone '2026-12-01 00:00:00+00'),
  ('XLM', 0.27, timestamp with time zone '2026-12-01 00:00:00+00');
