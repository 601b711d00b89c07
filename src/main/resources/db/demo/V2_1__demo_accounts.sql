-- Demo accounts of the embedded back office (loaded with db/demo; production reads the exchange's API).
insert into ledger_account (uid, email, status, kyc_level, created_at, updated_at) values
  ('10000001', 'li.wei@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000002', 'olga.ivanova@example.com', 'ACTIVE', 1, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000003', 'maria.garcia@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000004', 'nguyen.an@example.com', 'ACTIVE', 1, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000005', 'mehmet.yilmaz@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000006', 'james.smith@example.com', 'ACTIVE', 2, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000007', 'zhang.min@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000008', 'dmitry.petrov@example.com', 'FROZEN', 1, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000009', 'lucia.fernandez@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000010', 'tran.binh@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000011', 'ayse.demir@example.com', 'ACTIVE', 1, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('10000012', 'emma.brown@example.com', 'ACTIVE', 0, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('20000001', 'treasury@northwind-capital.example', 'ACTIVE', 2, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00'),
  ('20000002', 'ops@bluefin-markets.example', 'ACTIVE', 1, timestamp with time zone '2025-03-01 09:00:00+00', timestamp with time zone '2025-03-01 09:00:00+00');
