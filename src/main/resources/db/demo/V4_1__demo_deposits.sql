-- Demo deposit addresses and one credited deposit; they match demo/chain-transactions.json.
insert into ledger_deposit_address (chain, address, memo, customer_uid, created_at) values
  ('ETHEREUM', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', null, '10000001', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('ETHEREUM', '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359', null, '10000002', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('BITCOIN',  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', null, '10000003', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('TRON',     'TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz', null, '10000004', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('XRP',      'rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh', '104729', '10000005', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('XRP',      'rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh', '104730', '10000006', timestamp with time zone '2025-03-01 09:00:00+00');

insert into ledger_deposit (id, customer_uid, chain, asset, tx_id, amount, credited_at, credited_by) values
  ('DEP-20251104-0001', '10000001', 'ETHEREUM', 'ETH',
   '0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6', 0.25,
   timestamp with time zone '2025-11-04 10:12:00+00', 'deposit-watcher');
