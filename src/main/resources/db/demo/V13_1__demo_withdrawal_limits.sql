-- Demo data for withdrawal-limit requests: accounts 10000050-10000064 (high-volume verified, frozen,
-- closed, recently changed, without 2FA, new, without withdrawals, at their level's ceiling), their
-- security changes and withdrawals, and the current limits of every demo account.
insert into ledger_account (uid, email, status, kyc_level, created_at, updated_at) values
  ('10000050', 'aiko.tanaka@example.com', 'ACTIVE', 2, timestamp with time zone '2024-05-02 10:00:00+00', timestamp with time zone '2024-05-02 10:00:00+00'),
  ('10000051', 'bogdan.lazarev@example.com', 'ACTIVE', 2, timestamp with time zone '2024-08-19 10:00:00+00', timestamp with time zone '2024-08-19 10:00:00+00'),
  ('10000052', 'chen.jia@example.com', 'ACTIVE', 1, timestamp with time zone '2025-02-03 10:00:00+00', timestamp with time zone '2025-02-03 10:00:00+00'),
  ('10000053', 'diego.herrera@example.com', 'FROZEN', 2, timestamp with time zone '2025-04-11 10:00:00+00', timestamp with time zone '2025-04-11 10:00:00+00'),
  ('10000054', 'ekaterina.volkova@example.com', 'FROZEN', 0, timestamp with time zone '2025-09-30 10:00:00+00', timestamp with time zone '2025-09-30 10:00:00+00'),
  ('10000055', 'fatma.koc@example.com', 'ACTIVE', 1, timestamp with time zone '2025-03-15 10:00:00+00', timestamp with time zone '2025-03-15 10:00:00+00'),
  ('10000056', 'gia.nguyen@example.com', 'ACTIVE', 2, timestamp with time zone '2025-01-22 10:00:00+00', timestamp with time zone '2025-01-22 10:00:00+00'),
  ('10000057', 'hasan.erdem@example.com', 'ACTIVE', 1, timestamp with time zone '2025-06-08 10:00:00+00', timestamp with time zone '2025-06-08 10:00:00+00'),
  ('10000058', 'ines.santos@example.com', 'ACTIVE', 1, timestamp with time zone '2025-05-05 10:00:00+00', timestamp with time zone '2025-05-05 10:00:00+00'),
  ('10000059', 'jun.wang@example.com', 'ACTIVE', 1, timestamp with time zone '2026-11-25 10:00:00+00', timestamp with time zone '2026-11-25 10:00:00+00'),
  ('10000060', 'kirill.morozov@example.com', 'ACTIVE', 2, timestamp with time zone '2026-11-28 10:00:00+00', timestamp with time zone '2026-11-28 10:00:00+00'),
  ('10000061', 'linh.tran@example.com', 'ACTIVE', 0, timestamp with time zone '2025-07-07 10:00:00+00', timestamp with time zone '2025-07-07 10:00:00+00'),
  ('10000062', 'marta.jimenez@example.com', 'ACTIVE', 1, timestamp with time zone '2025-02-17 10:00:00+00', timestamp with time zone '2025-02-17 10:00:00+00'),
  ('10000063', 'nazli.yildiz@example.com', 'ACTIVE', 2, timestamp with time zone '2024-11-30 10:00:00+00', timestamp with time zone '2024-11-30 10:00:00+00'),
  ('10000064', 'oleg.baranov@example.com', 'CLOSED', 1, timestamp with time zone '2025-01-12 10:00:00+00', timestamp with time zone '2025-01-12 10:00:00+00');

-- 10000055 reset 2FA on 3 December (withdrawals locked for 48 h); 10000058 has 2FA off.
update ledger_account set withdrawals_locked_until = timestamp with time zone '2026-12-05 08:15:00+00' where uid = '10000055';
update ledger_account set two_factor_enabled = false where uid = '10000058';

insert into ledger_security_change (customer_uid, kind, occurred_at, detail) values
  ('10000055', 'TWO_FACTOR_RESET', timestamp with time zone '2026-12-03 08:15:00+00', 'after a lost phone, ID and selfie verified'),
  ('10000056', 'EMAIL_CHANGE', timestamp with time zone '2026-12-14 19:40:00+00', 'to an address at a new domain'),
  ('10000056', 'PHONE_CHANGE', timestamp with time zone '2026-12-14 19:52:00+00', 'new number, other country code'),
  ('10000057', 'WHITELIST_ADD', timestamp with time zone '2026-11-20 16:05:00+00', 'TRON address, label OTC desk'),
  ('10000063', 'API_KEY_CREATED', timestamp with time zone '2026-12-22 02:31:00+00', 'withdrawal permission enabled'),
  ('10000053', 'PASSWORD_CHANGE', timestamp with time zone '2026-08-14 12:00:00+00', 'routine change');

insert into ledger_whitelisted_address (customer_uid, chain, address, memo, label, added_at, usable_from) values
  ('10000057', 'TRON', 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', null, 'OTC desk', timestamp with time zone '2026-11-20 16:05:00+00', timestamp with time zone '2026-11-22 16:05:00+00');

insert into ledger_withdrawal (id, customer_uid, chain, asset, address, amount, tx_id, status, requested_at) values
  ('WDR-20260917-5001', '10000050', 'ETHEREUM', 'USDT', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 22297.7, '0xa44ed3b0416417875fb6d0555e0772b5e6c2fac1ecc00fe288ec95df2698171e', 'SENT', timestamp with time zone '2026-09-17 05:14:00+00'),
  ('WDR-20261024-5002', '10000050', 'ETHEREUM', 'ETH', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 7.7787, '0x2c55e333a2f32035740d8e07335ae9daaf8c1066fcb77bf822606edac5ebb80f', 'SENT', timestamp with time zone '2026-10-24 09:14:00+00'),
  ('WDR-20260911-5003', '10000050', 'ETHEREUM', 'ETH', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 7.7657, '0xf95ef82cea429ab4f3b121e83df29dd2d55293bde2ce4063b76ae7ef8d516492', 'SENT', timestamp with time zone '2026-09-11 23:44:00+00'),
  ('WDR-20261018-5004', '10000050', 'ETHEREUM', 'ETH', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 4.335, '0x7cb8a56f87f151b2e10dcaf7059aed638f4d23df67b1ef8f6789e203a289b665', 'SENT', timestamp with time zone '2026-10-18 12:11:00+00'),
  ('WDR-20261008-5005', '10000050', 'ETHEREUM', 'ETH', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 11.7819, '0x84da9f2a077921a5566892e0bb38f314f622520aba8637c21b6db92fdf9871de', 'SENT', timestamp with time zone '2026-10-08 23:41:00+00'),
  ('WDR-20260908-5006', '10000050', 'TRON', 'USDT', 'TNtiqJBHmiWmDd8XGkWMyw1fqTxJKA9J7P', 8692.01, 'd3742d0cfe42fd3358d0dacb80c46307c10f7d7c97afc8beba5ffb5c24fa4ff7', 'SENT', timestamp with time zone '2026-09-08 15:12:00+00'),
  ('WDR-20260902-5007', '10000050', 'TRON', 'USDT', 'TNtiqJBHmiWmDd8XGkWMyw1fqTxJKA9J7P', 6869.87, 'cc43fca6c1bde6420e5152ba13747cdd43c8337f43d0b04d0efe4b797aa24c20', 'SENT', timestamp with time zone '2026-09-02 06:42:00+00'),
  ('WDR-20261027-5008', '10000050', 'ETHEREUM', 'USDT', '0x174b8718722ed5d07cf183369ace4e77e46707eb', 19950.97, '0x93492ac7094430522e3c95a8f6ad5ef6add1e42c7bf9ae7b9522a2ff4856b13a', 'SENT', timestamp with time zone '2026-10-27 02:03:00+00'),
  ('WDR-20261009-5009', '10000050', 'BITCOIN', 'BTC', 'bc1q8f80f12d917140dd9d612da367fc7519b42916', 0.3398, 'e1591f1e855b41a1312e155916e22c16023d736417963d57e1aaf1420f01bc46', 'SENT', timestamp with time zone '2026-10-09 10:42:00+00'),
  ('WDR-20261028-5010', '10000051', 'ETHEREUM', 'USDT', '0x60ab0da172aba986b2ecb13150c92533fedf571e', 4020.83, '0x24f49f299ffa14913b549f18f02ff65196831370222224721901c5be30070d75', 'SENT', timestamp with time zone '2026-10-28 13:19:00+00'),
  ('WDR-20261117-5011', '10000051', 'ETHEREUM', 'ETH', '0x60ab0da172aba986b2ecb13150c92533fedf571e', 3.9998, '0x70285e270f10e12dec8ca702376ead2ed92fff9702b61edeadb19a93e4a8c716', 'SENT', timestamp with time zone '2026-11-17 15:45:00+00'),
  ('WDR-20261014-5012', '10000051', 'ETHEREUM', 'ETH', '0x60ab0da172aba986b2ecb13150c92533fedf571e', 6.2111, '0x6a00003cb330dd100b2db6165de65646fade436613aea1c46f7c76a15d8d67cf', 'SENT', timestamp with time zone '2026-10-14 05:35:00+00'),
  ('WDR-20260920-5013', '10000051', 'ETHEREUM', 'USDT', '0x60ab0da172aba986b2ecb13150c92533fedf571e', 27510.26, '0x678c68834eafa7508e2699a7a5cf0f0e25a9f79fa5c5746581ed38882d64f07e', 'SENT', timestamp with time zone '2026-09-20 22:22:00+00'),
  ('WDR-20261108-5014', '10000051', 'TRON', 'USDT', 'ThFAh266C4BcGiVaPF7UJ4ovcr5HRB8y4o', 20302.64, '18b4f8ade53c8389816c1ea659a32681978a1538e68fdce69f56180e6a2bfca1', 'SENT', timestamp with time zone '2026-11-08 16:07:00+00'),
  ('WDR-20260915-5015', '10000051', 'ETHEREUM', 'USDT', '0x60ab0da172aba986b2ecb13150c92533fedf571e', 3640.08, '0xd4d5b26f7bc94e4aae76317690482d017a8e247cc424935b58906a6cd6a45f32', 'SENT', timestamp with time zone '2026-09-15 19:56:00+00'),
  ('WDR-20260927-5016', '10000051', 'BITCOIN', 'BTC', 'bc1q176b602a6e8fa91839c060d69c695884a1b469', 0.4146, 'aea8cf357900985102c6b6f66c17e0c4d96ccbf5957e067047ff3575e32e5499', 'SENT', timestamp with time zone '2026-09-27 03:20:00+00'),
  ('WDR-20260920-5017', '10000052', 'ETHEREUM', 'USDT', '0x45c908620a1b419c4e18a4b4a0ef139a0f7cd30a', 6763.03, '0xe8c0b7be247d11b8ab4bd82e0776fcffe539cb2b9f64b24a79c7997205abe5db', 'SENT', timestamp with time zone '2026-09-20 19:28:00+00'),
  ('WDR-20260906-5018', '10000052', 'ETHEREUM', 'USDT', '0x45c908620a1b419c4e18a4b4a0ef139a0f7cd30a', 10335.93, '0x202de998a975d89d32ca3200fbaa574b03a5a66d4dc6c2899b43dd4e8045164b', 'SENT', timestamp with time zone '2026-09-06 21:28:00+00'),
  ('WDR-20260916-5019', '10000052', 'ETHEREUM', 'USDT', '0x45c908620a1b419c4e18a4b4a0ef139a0f7cd30a', 12738.27, '0xb7a0d906424bd238f47a45a2a787787b495ee500a39906170265b538a164458a', 'SENT', timestamp with time zone '2026-09-16 07:21:00+00'),
  ('WDR-20260905-5020', '10000052', 'ETHEREUM', 'ETH', '0x45c908620a1b419c4e18a4b4a0ef139a0f7cd30a', 9.5219, '0xc04d16c2e2f7147585ad8cd33a98ff52ae088e2658f0a9bb905dd50133f44660', 'SENT', timestamp with time zone '2026-09-05 21:56:00+00'),
  ('WDR-20261014-5021', '10000052', 'TRON', 'USDT', 'TJCp7j9QhwxaEvJKeVypW8Ay2zn5JSjJNn', 863.62, '71dd1f82516e9127c9b58efafa7a77e96b62d25b9ec9d1862fc5a53f6caa19ef', 'SENT', timestamp with time zone '2026-10-14 18:21:00+00'),
  ('WDR-20260903-5022', '10000053', 'ETHEREUM', 'USDT', '0x414b92411cff961a974a4f09cef9fa973ada5fe4', 9706.28, '0xee0b320d2bc8e27227a4b8ea71333747692cda573745b34dbf26883c5bc61c3b', 'SENT', timestamp with time zone '2026-09-03 04:17:00+00'),
  ('WDR-20260913-5023', '10000053', 'BITCOIN', 'BTC', 'bc1qcd781a72e9bcffdeb064a553691e3b1b23c3ea', 0.0576, '09d50bb2019cab852dde74fa5b892419c08f10fcc20438086557775228e99889', 'SENT', timestamp with time zone '2026-09-13 01:15:00+00'),
  ('WDR-20260923-5024', '10000053', 'ETHEREUM', 'USDT', '0x414b92411cff961a974a4f09cef9fa973ada5fe4', 15164.26, null, 'BLOCKED_FROZEN', timestamp with time zone '2026-09-23 08:57:00+00'),
  ('WDR-20261014-5025', '10000055', 'TRON', 'USDT', 'THPLbeao2937rGbLfYaW5WugY6VvTX2K68', 10838.8, 'ba10040cc745f39c5cc590964a608725cbeb8bcec89782a99b607f88b2ffc9a4', 'SENT', timestamp with time zone '2026-10-14 00:52:00+00'),
  ('WDR-20261001-5026', '10000055', 'TRON', 'USDT', 'THPLbeao2937rGbLfYaW5WugY6VvTX2K68', 21587.57, 'd26e638ab9d3d068b67eb191cacfff2354cbcbface8b10a2b4b7edd4242d3938', 'SENT', timestamp with time zone '2026-10-01 10:58:00+00'),
  ('WDR-20261007-5027', '10000056', 'BITCOIN', 'BTC', 'bc1qac6ad7d9ce927faddee7d30ffa7a9a917a1b99', 0.0701, 'a77feb0dbed2e49f373a0a63a20080fa5a05970a1d5117a92c71257d8ad0ccde', 'SENT', timestamp with time zone '2026-10-07 07:06:00+00'),
  ('WDR-20261112-5028', '10000056', 'ETHEREUM', 'USDT', '0x3351a56f402c095190bfa7888116c474dbf55151', 27320.22, '0x87d6e960145a0556c9404bac8834b6491951f03316f1e569f92c40c7a7ba47a2', 'SENT', timestamp with time zone '2026-11-12 08:50:00+00'),
  ('WDR-20261022-5029', '10000056', 'BITCOIN', 'BTC', 'bc1qac6ad7d9ce927faddee7d30ffa7a9a917a1b99', 0.3942, '2dbc1afabaadff2684dca5feadce2be4cda4e931a16fc29beb07921d9cd2f66a', 'SENT', timestamp with time zone '2026-10-22 19:19:00+00'),
  ('WDR-20261020-5030', '10000057', 'ETHEREUM', 'USDT', '0xd382725a454ef3b64bea50fe7b55ad59549eacba', 12809.59, '0xbceb2834c11b882a887f293d20c4c90ac5bba2fc19e0807c7419458816f836d4', 'SENT', timestamp with time zone '2026-10-20 01:15:00+00'),
  ('WDR-20261130-5031', '10000059', 'TRON', 'USDT', 'TFMLa3ZnKn2xFkjtD6N44M79nQuJRJ2u1E', 9136.16, 'ab30eb369ad9db00b61d4c756563b132fd5c4fd69282929083354207307dabf8', 'SENT', timestamp with time zone '2026-11-30 09:47:00+00'),
  ('WDR-20261128-5032', '10000061', 'ETHEREUM', 'USDT', '0xfc17436cdbff8725c2a1600a4912d1b17b2b784c', 8385.81, '0x32e93118f63e9448d7ce07405dadffaca2db517e7e4ff662e150206e48a22a8e', 'SENT', timestamp with time zone '2026-11-28 02:51:00+00'),
  ('WDR-20261008-5033', '10000061', 'ETHEREUM', 'USDT', '0xfc17436cdbff8725c2a1600a4912d1b17b2b784c', 22200.14, '0xc977c14ba4fb5dd7e30838cb396f81a4876407eb3f7cb88750fd9939589008fb', 'SENT', timestamp with time zone '2026-10-08 15:20:00+00'),
  ('WDR-20261125-5034', '10000063', 'TRON', 'USDT', 'TmFeaDQE3bfQZc7FQZX18kgUCi5X5EJZjY', 3992.68, '42e0718fefc5adbf231d2366ddd651d6fa82de77a5b22f22b793ba753f75ca33', 'SENT', timestamp with time zone '2026-11-25 07:03:00+00'),
  ('WDR-20261002-5035', '10000063', 'ETHEREUM', 'USDT', '0x930c95a3a446ebdf33e16fd98b5b72c1c6767e70', 17333.08, '0xbf46dd9799680a8070b501472cf93ae46f5d454f69a9e6e13eb809b96d0f82af', 'SENT', timestamp with time zone '2026-10-02 15:30:00+00'),
  ('WDR-20261111-5036', '10000063', 'BITCOIN', 'BTC', 'bc1qdddff4cd874632c20045ab276193b460731d87', 0.38, '459d1a541dea0fa830f1edc19688203c31d196bf36b8ccec9d3ffd2edc0d8805', 'SENT', timestamp with time zone '2026-11-11 07:15:00+00'),
  ('WDR-20260912-5037', '10000063', 'ETHEREUM', 'ETH', '0x930c95a3a446ebdf33e16fd98b5b72c1c6767e70', 4.1637, '0x89a66704b1156c799b90ba55dfe9d3053e9d14e77acb06e11a267e4acf2f774e', 'SENT', timestamp with time zone '2026-09-12 08:10:00+00');

-- Every demo account's current limits by KYC level (USD per day / per 30 days), then the accounts
-- whose limits were raised before.
insert into ledger_withdrawal_limit (customer_uid, daily_limit_usd, monthly_limit_usd, updated_at)
select uid,
       case kyc_level when 0 then 500 when 1 then 10000 else 50000 end,
       case kyc_level when 0 then 5000 when 1 then 150000 else 1000000 end,
       created_at
from ledger_account;
update ledger_withdrawal_limit set daily_limit_usd = 100000, monthly_limit_usd = 2000000 where customer_uid = '10000050';
update ledger_withdrawal_limit set daily_limit_usd = 80000, monthly_limit_usd = 1500000 where customer_uid = '10000051';
update ledger_withdrawal_limit set daily_limit_usd = 15000, monthly_limit_usd = 250000 where customer_uid = '10000052';
update ledger_withdrawal_limit set daily_limit_usd = 2000, monthly_limit_usd = 50000 where customer_uid = '10000062';
update ledger_withdrawal_limit set daily_limit_usd = 250000, monthly_limit_usd = 2500000 where customer_uid = '10000063';
update ledger_withdrawal_limit set daily_limit_usd = 100000, monthly_limit_usd = 1500000 where customer_uid = '10000006';
update ledger_withdrawal_limit set daily_limit_usd = 75000, monthly_limit_usd = 1500000 where customer_uid = '10000016';
update ledger_withdrawal_limit set daily_limit_usd = 20000, monthly_limit_usd = 250000 where customer_uid = '10000004';
update ledger_withdrawal_limit set daily_limit_usd = 250000, monthly_limit_usd = 5000000 where customer_uid = '20000001';
update ledger_withdrawal_limit set daily_limit_usd = 25000, monthly_limit_usd = 500000 where customer_uid = '20000002';
