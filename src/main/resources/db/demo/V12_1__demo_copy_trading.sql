-- Copy-trading demo: the lead traders' orders behind the demo copies, who follows them, and four
-- followers that show each finding of a copy-trading dispute (window 2026-11-18 to 2026-11-24):
--   10000010 follows alphawhale: a mixed finding. CPY-0001 was not placed because the platform's
--            margin check timed out, CPY-0002 was filled 0.59 % above the lead (ETHUSDT cap 0.3 %),
--            CPY-0003 was copied correctly. Compensation 39.12 + 13.71 = 52.83 USDT.
--   10000046 follows bluefinquant: a 0.5 BTC copy not placed by the platform, 1714.25 USDT, above
--            the approval threshold: a supervisor approves before it is credited.
--   10000047 follows alphawhale: copies failed for the follower's own reasons (margin, own cap).
--   10000048 follows alphawhale: every copy placed correctly; the loss is the lead's trading.
--   10000049 follows nobody (the tests' own copy-trading data).
insert into ledger_account (uid, email, status, kyc_level, created_at, updated_at) values
  ('10000046', 'kenji.watanabe@example.com', 'ACTIVE', 2, timestamp with time zone '2025-04-02 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000047', 'sofia.moreno@example.com', 'ACTIVE', 1, timestamp with time zone '2025-05-06 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000048', 'pavel.kuznetsov@example.com', 'ACTIVE', 1, timestamp with time zone '2025-06-09 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00'),
  ('10000049', 'linh.vo@example.com', 'ACTIVE', 1, timestamp with time zone '2025-07-14 08:00:00+00', timestamp with time zone '2025-10-01 08:00:00+00');

insert into ledger_balance (customer_uid, asset, available, locked) values
  ('10000046', 'USDT', 48210.55, 0),
  ('10000046', 'BTC', 0.21, 0),
  ('10000047', 'USDT', 412.08, 0),
  ('10000047', 'ETH', 0.375, 0),
  ('10000048', 'USDT', 15320.40, 0),
  ('10000048', 'BTC', 0.01, 0),
  ('10000048', 'ETH', 0.75, 0),
  ('10000049', 'USDT', 25000.00, 0);

insert into ledger_login (customer_uid, device_id, device_name, ip_address, country, logged_in_at) values
  ('10000046', 'mac-safari-45', 'Safari 18 on macOS 15', '126.59.14.201', 'JP', timestamp with time zone '2026-11-17 07:45:00+00'),
  ('10000046', 'iphone-15-45', 'iPhone 15, iOS 18', '126.59.14.201', 'JP', timestamp with time zone '2026-11-24 08:12:00+00'),
  ('10000047', 'pixel-8-46', 'Pixel 8, Android 15', '88.27.190.14', 'ES', timestamp with time zone '2026-11-18 19:20:00+00'),
  ('10000047', 'win-chrome-46', 'Chrome 131 on Windows 11', '88.27.190.14', 'ES', timestamp with time zone '2026-11-24 09:02:00+00'),
  ('10000048', 'win-chrome-47', 'Chrome 131 on Windows 11', '95.165.31.77', 'RU', timestamp with time zone '2026-11-19 06:40:00+00'),
  ('10000048', 'pixel-8-47', 'Pixel 8, Android 15', '95.165.31.77', 'RU', timestamp with time zone '2026-11-24 10:15:00+00'),
  ('10000049', 'iphone-15-48', 'iPhone 15, iOS 18', '113.161.72.9', 'VN', timestamp with time zone '2026-11-24 11:30:00+00');

-- The lead traders' orders. alphawhale's BTC buy gained (exit 93480.0), its ETH buy and SOL sell lost.
insert into ledger_lead_order (id, lead_trader, symbol, side, order_type, status, price, quantity, filled_quantity, placed_at, filled_at, exit_price, exited_at) values
  ('LO-88120', 'alphawhale', 'BTCUSDT', 'BUY', 'MARKET', 'FILLED', 91250.5, 0.5, 0.5, timestamp with time zone '2026-11-18 14:00:02+00', timestamp with time zone '2026-11-18 14:00:02+00', 93480.0, timestamp with time zone '2026-11-21 10:00:00+00'),
  ('LO-88177', 'alphawhale', 'ETHUSDT', 'BUY', 'MARKET', 'FILLED', 3120.4, 37.5, 37.5, timestamp with time zone '2026-11-19 09:30:00+00', timestamp with time zone '2026-11-19 09:30:00+00', 3065.2, timestamp with time zone '2026-11-22 15:00:00+00'),
  ('LO-88203', 'alphawhale', 'SOLUSDT', 'SELL', 'MARKET', 'FILLED', 212.3, 1000, 1000, timestamp with time zone '2026-11-20 16:10:00+00', timestamp with time zone '2026-11-20 16:10:00+00', 219.9, timestamp with time zone '2026-11-23 12:00:00+00'),
  ('LO-91001', 'bluefinquant', 'BTCUSDT', 'BUY', 'MARKET', 'FILLED', 90500, 2, 2, timestamp with time zone '2026-11-19 02:15:00+00', timestamp with time zone '2026-11-19 02:15:00+00', 94200, timestamp with time zone '2026-11-22 02:00:00+00'),
  ('LO-91007', 'bluefinquant', 'ETHUSDT', 'BUY', 'LIMIT', 'FILLED', 3098.0, 20, 20, timestamp with time zone '2026-11-20 11:00:00+00', timestamp with time zone '2026-11-20 11:42:10+00', 3151.6, timestamp with time zone '2026-11-21 18:30:00+00');

insert into ledger_copy_follow (follower_uid, lead_trader, copy_ratio, max_order_value, followed_from, followed_until) values
  ('10000010', 'alphawhale', 0.04, null, timestamp with time zone '2026-10-01 00:00:00+00', null),
  ('10000046', 'bluefinquant', 0.25, null, timestamp with time zone '2026-09-15 00:00:00+00', null),
  ('10000047', 'alphawhale', 0.01, 1500, timestamp with time zone '2026-11-01 00:00:00+00', null),
  ('10000048', 'alphawhale', 0.02, null, timestamp with time zone '2026-11-01 00:00:00+00', null);

insert into ledger_copy_order (id, customer_uid, lead_trader, lead_order_id, symbol, side, status, lead_price, fill_price, quantity, filled_quantity, failure_reason, lead_placed_at, placed_at) values
  ('CPY-0101', '10000046', 'bluefinquant', 'LO-91001', 'BTCUSDT', 'BUY', 'NOT_PLACED', 90500, null, 0.5, 0, 'FOLLOWER_MARGIN_CHECK_TIMEOUT', timestamp with time zone '2026-11-19 02:15:00+00', null),
  ('CPY-0102', '10000046', 'bluefinquant', 'LO-91007', 'ETHUSDT', 'BUY', 'FILLED', 3098.0, 3101.2, 5, 5, null, timestamp with time zone '2026-11-20 11:00:00+00', timestamp with time zone '2026-11-20 11:42:11+00'),
  ('CPY-0201', '10000047', 'alphawhale', 'LO-88120', 'BTCUSDT', 'BUY', 'NOT_PLACED', 91250.5, null, 0.005, 0, 'INSUFFICIENT_MARGIN', timestamp with time zone '2026-11-18 14:00:02+00', null),
  ('CPY-0202', '10000047', 'alphawhale', 'LO-88177', 'ETHUSDT', 'BUY', 'FILLED', 3120.4, 3122.0, 0.375, 0.375, null, timestamp with time zone '2026-11-19 09:30:00+00', timestamp with time zone '2026-11-19 09:30:01+00'),
  ('CPY-0203', '10000047', 'alphawhale', 'LO-88203', 'SOLUSDT', 'SELL', 'NOT_PLACED', 212.3, null, 7.06547338, 0, 'FOLLOWER_CAP_REACHED', timestamp with time zone '2026-11-20 16:10:00+00', null),
  ('CPY-0301', '10000048', 'alphawhale', 'LO-88120', 'BTCUSDT', 'BUY', 'FILLED', 91250.5, 91262.0, 0.01, 0.01, null, timestamp with time zone '2026-11-18 14:00:02+00', timestamp with time zone '2026-11-18 14:00:03+00'),
  ('CPY-0302', '10000048', 'alphawhale', 'LO-88177', 'ETHUSDT', 'BUY', 'FILLED', 3120.4, 3121.1, 0.75, 0.75, null, timestamp with time zone '2026-11-19 09:30:00+00', timestamp with time zone '2026-11-19 09:30:01+00'),
  ('CPY-0303', '10000048', 'alphawhale', 'LO-88203', 'SOLUSDT', 'SELL', 'FILLED', 212.3, 212.25, 20, 20, null, timestamp with time zone '2026-11-20 16:10:00+00', timestamp with time zone '2026-11-20 16:10:01+00');
