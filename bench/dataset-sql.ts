// The SQL of the city-scale dataset (bench/dataset.ts runs it in order, in one session, after `bench_params` holds the
// lists and sizes as JSON). pg_temp.rnd(row, salt) is the only source of chance: a hash, so every run is the same.
// Secondary indexes are dropped while loading and rebuilt at the end (a GIN trigram index built once is many times
// faster than maintained row by row); foreign-key triggers are off for the session (the rows are built consistent).

const BULK_TABLES = `'User','ServiceConnection','Meter','LedgerEntry','HistoryEvent','Complaint','WorkOrder'`;

/** Bimonthly bills priced with the domestic tariff of the catalog (minimum $118.50 for 10 m³, then blocks). */
const CHARGE = (m3: string) => `round(118.50 + 13.40 * greatest(0, least(${m3}, 20) - 10) + 16.90 * greatest(0, least(${m3}, 30) - 20)
  + 22.60 * greatest(0, least(${m3}, 50) - 30) + 31.80 * greatest(0, ${m3} - 50), 2)`;

export const CITY_SQL: { title: string; sql: string }[] = [
  {
    title: "lists and helpers",
    sql: `
CREATE FUNCTION pg_temp.rnd(i bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8extended(i, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
CREATE TEMP TABLE bp AS SELECT (p->>'connections')::int AS n_conn, (p->>'holders')::int AS n_hold, (p->>'verifiers')::int AS n_ver,
  (p->>'now')::timestamptz AT TIME ZONE 'UTC' AS now,
  (SELECT coalesce(max("controlNumber"::int), 100000) FROM "ServiceConnection") AS control0,
  (SELECT coalesce(max(id), 0) FROM "User") AS user0, (SELECT coalesce(max(id), 0) FROM "ServiceConnection") AS conn0,
  (SELECT coalesce(max(id), 0) FROM "Complaint") AS complaint0, (SELECT coalesce(max(id), 0) FROM "WorkOrder") AS order0,
  (SELECT id FROM "Staff" WHERE username = 'registry') AS registry, (SELECT id FROM "Staff" WHERE username = 'collections') AS collections,
  (SELECT id FROM "Staff" WHERE username = 'front_desk') AS desk1, (SELECT id FROM "Staff" WHERE username = 'front_desk2') AS desk2,
  (SELECT id FROM "Staff" WHERE username = 'follow_up') AS follow_up, (SELECT id FROM "Staff" WHERE username = 'cashier') AS cashier
FROM bench_params;
CREATE TEMP TABLE bench_first AS SELECT n::int, name, norm FROM bench_params,
  jsonb_array_elements_text(p->'firstNames') WITH ORDINALITY a(name, n) JOIN jsonb_array_elements_text(p->'firstNamesNorm') WITH ORDINALITY b(norm, m) ON m = n;
CREATE TEMP TABLE bench_surname AS SELECT n::int, name, norm FROM bench_params,
  jsonb_array_elements_text(p->'surnames') WITH ORDINALITY a(name, n) JOIN jsonb_array_elements_text(p->'surnamesNorm') WITH ORDINALITY b(norm, m) ON m = n;
CREATE TEMP TABLE bench_street AS SELECT n::int, name, p->'streetsNorm'->>(n::int - 1) AS norm FROM bench_params, jsonb_array_elements_text(p->'streets') WITH ORDINALITY a(name, n);
CREATE TEMP TABLE bench_nbh AS
  SELECT true AS town, n::int, name, p->'townNeighborhoodsNorm'->>(n::int - 1) AS norm FROM bench_params, jsonb_array_elements_text(p->'townNeighborhoods') WITH ORDINALITY a(name, n)
  UNION ALL SELECT false, n::int, name, p->'villageNeighborhoodsNorm'->>(n::int - 1) FROM bench_params, jsonb_array_elements_text(p->'villageNeighborhoods') WITH ORDINALITY a(name, n);
CREATE TEMP TABLE bench_slot AS SELECT n::int, locality::int, (p->'slotCrew'->>(n::int - 1))::int AS crew, (p->'slotTown'->>(n::int - 1))::boolean AS town,
  (p->'slotLat'->>(n::int - 1))::float8 AS lat, (p->'slotLon'->>(n::int - 1))::float8 AS lon
  FROM bench_params, jsonb_array_elements_text(p->'slotLocality') WITH ORDINALITY a(locality, n);
CREATE TEMP TABLE bench_brand AS SELECT n::int, brand, p->'brandCodes'->>(n::int - 1) AS code FROM bench_params, jsonb_array_elements_text(p->'brands') WITH ORDINALITY a(brand, n);
CREATE TEMP TABLE bench_period AS SELECT n::int, period, (p->'billedOn'->>(n::int - 1))::timestamptz AT TIME ZONE 'UTC' AS billed_on
  FROM bench_params, jsonb_array_elements_text(p->'periods') WITH ORDINALITY a(period, n);
CREATE TEMP TABLE bench_indexes AS SELECT indexname, indexdef FROM pg_indexes
  WHERE schemaname = 'public' AND tablename IN (${BULK_TABLES}) AND indexdef NOT LIKE 'CREATE UNIQUE%';
DO $$ DECLARE r record; BEGIN FOR r IN SELECT indexname FROM bench_indexes LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP; END $$;
SET session_replication_role = replica;`,
  },
  {
    title: "verifiers",
    sql: `
INSERT INTO "Staff" (username, "fullName", "passwordHash", roles, active)
SELECT 'verifier' || g, 'Verificador ' || g, (SELECT "passwordHash" FROM "Staff" WHERE username = 'verifier'), ARRAY['VERIFIER']::"Role"[], true
FROM bp, generate_series(3, bp.n_ver) g;
CREATE TEMP TABLE bench_verifier AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM "Staff" WHERE roles @> ARRAY['VERIFIER']::"Role"[];`,
  },
  {
    title: "holders (User)",
    sql: `
INSERT INTO "User" ("fullName", "searchText", curp, phone, email, "discountCredentialType", "discountCredential", "createdAt", "updatedAt")
SELECT f.name || ' ' || s1.name || ' ' || s2.name, f.norm || ' ' || s1.norm || ' ' || s2.norm,
  CASE WHEN pg_temp.rnd(g, 5) < 0.2 THEN 'BNCH' || lpad(g::text, 8, '0') || 'HSLRRR' END,
  CASE WHEN pg_temp.rnd(g, 6) < 0.7 THEN '687' || lpad(floor(pg_temp.rnd(g, 7) * 10000000)::int::text, 7, '0') END,
  CASE WHEN pg_temp.rnd(g, 8) < 0.3 THEN split_part(f.norm, ' ', 1) || '.' || replace(s1.norm, ' ', '') || g || '@' ||
    (ARRAY['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'])[1 + floor(pg_temp.rnd(g, 9) * 4)::int] END,
  CASE WHEN pg_temp.rnd(g, 10) < 0.05 THEN 'PENSIONER'::"DiscountCredentialType" END,
  CASE WHEN pg_temp.rnd(g, 10) < 0.05 THEN 'PEN-' || lpad(g::text, 7, '0') END,
  x.created, x.created
FROM bp, LATERAL (SELECT g, 1 + floor(pg_temp.rnd(g, 1) * (SELECT count(*) FROM bench_first))::int AS fi,
    1 + floor(pg_temp.rnd(g, 2) * 1000)::int AS a, 1 + floor(pg_temp.rnd(g, 3) * 1000)::int AS b,
    bp.now - interval '400 days' - make_interval(mins => floor(pg_temp.rnd(g, 4) * 3650 * 1440)::int) AS created
  FROM generate_series(1, bp.n_hold) g) x
JOIN bench_first f ON f.n = x.fi JOIN bench_surname s1 ON s1.n = x.a JOIN bench_surname s2 ON s2.n = x.b
ORDER BY g;
CREATE TEMP TABLE bench_holder AS SELECT row_number() OVER (ORDER BY id)::int AS g, id FROM "User", bp WHERE id > bp.user0;
ALTER TABLE bench_holder ADD PRIMARY KEY (g);`,
  },
  {
    title: "plan of connections and bills",
    sql: `
CREATE TEMP TABLE bench_conn AS
SELECT g, bp.control0 + g AS control,
  CASE WHEN g <= bp.n_hold THEN g ELSE 1 + floor(pg_temp.rnd(g, 11) * bp.n_hold)::int END AS holder_g,
  1 + floor(pg_temp.rnd(g, 12) * 100)::int AS slot, 1 + floor(pg_temp.rnd(g, 13) * (SELECT count(*) FROM bench_street))::int AS street,
  1 + floor(pg_temp.rnd(g, 14) * 400)::int AS ext, pg_temp.rnd(g, 15) AS nbh_r,
  CASE WHEN pg_temp.rnd(g, 16) < 0.86 THEN 'DOMESTIC' WHEN pg_temp.rnd(g, 16) < 0.95 THEN 'COMMERCIAL' WHEN pg_temp.rnd(g, 16) < 0.97 THEN 'INDUSTRIAL' ELSE 'PUBLIC' END AS type,
  CASE WHEN pg_temp.rnd(g, 17) < 0.62 THEN 0 WHEN pg_temp.rnd(g, 17) < 0.85 THEN 1 WHEN pg_temp.rnd(g, 17) < 0.93 THEN 2 + floor(pg_temp.rnd(g, 18) * 2)::int
       ELSE 4 + floor(pg_temp.rnd(g, 18) * 3)::int END AS k,
  8 + pg_temp.rnd(g, 19) * 25 AS mean_m3
FROM bp, generate_series(1, bp.n_conn) g;
ALTER TABLE bench_conn ADD PRIMARY KEY (g);
CREATE TEMP TABLE bench_bill AS
SELECT c.g, pr.n AS p, m3, ${CHARGE("m3")} AS amount,
  pr.billed_on + interval '15 hours' + make_interval(days => floor(pg_temp.rnd(c.g * 8 + pr.n, 21) * 3)::int, mins => floor(pg_temp.rnd(c.g * 8 + pr.n, 22) * 540)::int) AS billed_at
FROM bench_conn c CROSS JOIN bench_period pr,
  LATERAL (SELECT round((c.mean_m3 * (CASE c.type WHEN 'DOMESTIC' THEN 1 WHEN 'PUBLIC' THEN 2.5 ELSE 2 END) * 2 * (0.75 + pg_temp.rnd(c.g * 8 + pr.n, 20) * 0.55))::numeric) AS m3) v;
CREATE TEMP TABLE bench_owed AS SELECT b.g, sum(b.amount) AS owed FROM bench_bill b JOIN bench_conn c USING (g) WHERE b.p > 6 - c.k GROUP BY b.g;`,
  },
  {
    title: "connections",
    sql: `
INSERT INTO "ServiceConnection" ("controlNumber", "holderId", street, "exteriorNumber", neighborhood, "localityId", "crewId", type, status,
  latitude, longitude, balance, "periodsOwed", "searchText", "createdAt", "updatedAt")
SELECT c.control::text, h.id, st.name, c.ext::text, nb.name, s.locality, s.crew, c.type::"ConnectionType",
  (CASE WHEN c.k >= 4 THEN 'LIMITED' ELSE 'ACTIVE' END)::"ConnectionStatus",
  round((s.lat + (pg_temp.rnd(c.g, 23) - 0.5) * 0.03)::numeric, 6), round((s.lon + (pg_temp.rnd(c.g, 24) - 0.5) * 0.03)::numeric, 6),
  coalesce(o.owed, 0), c.k,
  c.control || ' ' || u."searchText" || ' ' || st.norm || ' ' || c.ext || ' ' || nb.norm,
  u."createdAt" + interval '1 day', u."createdAt" + interval '1 day'
FROM bench_conn c JOIN bench_holder h ON h.g = c.holder_g JOIN "User" u ON u.id = h.id
JOIN bench_slot s ON s.n = c.slot JOIN bench_street st ON st.n = c.street
JOIN bench_nbh nb ON nb.town = s.town AND nb.n = 1 + floor(c.nbh_r * (SELECT count(*) FROM bench_nbh x WHERE x.town = s.town))::int
LEFT JOIN bench_owed o ON o.g = c.g
ORDER BY c.g;
CREATE TEMP TABLE bench_connmap AS SELECT row_number() OVER (ORDER BY id)::int AS g, id, "holderId", "localityId", "controlNumber", "createdAt" FROM "ServiceConnection", bp WHERE id > bp.conn0;
ALTER TABLE bench_connmap ADD PRIMARY KEY (g);`,
  },
  {
    title: "meters",
    sql: `
INSERT INTO "Meter" ("serialNumber", brand, "connectionId", "installedAt", "lastReadingM3")
SELECT b.code || '-B' || m."controlNumber", b.brand, m.id, m."createdAt"::date, round((150 + pg_temp.rnd(m.g, 25) * 2800)::numeric, 2)
FROM bench_connmap m JOIN bench_brand b ON b.n = 1 + floor(pg_temp.rnd(m.g, 26) * (SELECT count(*) FROM bench_brand))::int
ORDER BY m.g;`,
  },
  {
    title: "ledger (6 bimonthly bills and their payments over 12 months)",
    sql: `
INSERT INTO "LedgerEntry" ("connectionId", kind, period, "consumptionM3", amount, "balanceAfter", description, "postedAt")
SELECT id, kind::"LedgerKind", period, m3, amount,
  sum(CASE WHEN kind = 'CHARGE' THEN amount ELSE -amount END) OVER (PARTITION BY id ORDER BY at, seq), description, at
FROM (
  SELECT m.id, 'CHARGE' AS kind, pr.period, b.m3, b.amount, 'Consumo del bimestre ' || pr.period AS description, b.billed_at AS at, 0 AS seq
  FROM bench_bill b JOIN bench_connmap m USING (g) JOIN bench_period pr ON pr.n = b.p
  UNION ALL
  SELECT m.id, 'PAYMENT', pr.period, NULL, b.amount, 'Pago del bimestre ' || pr.period || ' en Caja General',
    b.billed_at + make_interval(days => 3 + floor(pg_temp.rnd(b.g * 8 + b.p, 27) * 20)::int), 1
  FROM bench_bill b JOIN bench_conn c USING (g) JOIN bench_connmap m USING (g) JOIN bench_period pr ON pr.n = b.p
  WHERE b.p <= 6 - c.k
) e
ORDER BY at, id;`,
  },
  {
    title: "history of connections (creation, readings, payments)",
    sql: `
INSERT INTO "HistoryEvent" ("connectionId", type, summary, details, "actorId", "occurredAt")
SELECT "connectionId", type::"HistoryEventType", summary, details, actor, at FROM (
  SELECT m.id AS "connectionId", 'CONNECTION_CREATED' AS type, 'Alta de la toma ' || m."controlNumber" || ' a nombre de ' || u."fullName" AS summary,
    '{}'::jsonb AS details, bp.registry AS actor, m."createdAt" AS at
  FROM bench_connmap m JOIN "User" u ON u.id = m."holderId", bp
  UNION ALL
  SELECT m.id, 'NOTE', 'Lectura del medidor, bimestre ' || pr.period, jsonb_build_object('volumeM3', b.m3::numeric(10, 2)::text), NULL, b.billed_at - interval '2 days'
  FROM bench_bill b JOIN bench_connmap m USING (g) JOIN bench_period pr ON pr.n = b.p WHERE b.p >= 4
  UNION ALL
  SELECT m.id, 'PAYMENT_RECORDED', 'Pago registrado en Caja General, bimestre ' || pr.period, jsonb_build_object('amount', b.amount::text), bp.cashier,
    b.billed_at + make_interval(days => 3 + floor(pg_temp.rnd(b.g * 8 + b.p, 27) * 20)::int)
  FROM bench_bill b JOIN bench_conn c USING (g) JOIN bench_connmap m USING (g) JOIN bench_period pr ON pr.n = b.p, bp
  WHERE b.p <= 6 - c.k
) e
ORDER BY at, "connectionId";`,
  },
  {
    title: "complaints",
    sql: `
CREATE TEMP TABLE bench_q AS
SELECT j, 1 + floor(pg_temp.rnd(j, 30) * bp.n_conn)::int AS conn_g, pg_temp.rnd(j, 31) AS cat_r, pg_temp.rnd(j, 32) AS ch_r, pg_temp.rnd(j, 33) AS st_r,
  date_trunc('minute', bp.now - make_interval(mins => floor(pg_temp.rnd(j, 34) * 365 * 1440)::int)) AS created
FROM bp, generate_series(1, bp.n_conn / 3) j;
ALTER TABLE bench_q ADD COLUMN category text, ADD COLUMN status text, ADD COLUMN folio text;
UPDATE bench_q SET category = CASE WHEN cat_r < 0.30 THEN 'EXCESS_CONSUMPTION' WHEN cat_r < 0.38 THEN 'METER_MALFUNCTION' WHEN cat_r < 0.53 THEN 'WATER_LEAK'
  WHEN cat_r < 0.60 THEN 'SEWER_LEAK' WHEN cat_r < 0.72 THEN 'NO_WATER' WHEN cat_r < 0.82 THEN 'LOW_PRESSURE' WHEN cat_r < 0.85 THEN 'WATER_QUALITY'
  WHEN cat_r < 0.95 THEN 'BILLING' ELSE 'OTHER' END;
UPDATE bench_q SET status = CASE
  WHEN created < (SELECT now FROM bp) - interval '20 days' THEN CASE WHEN st_r < 0.03 THEN 'CANCELLED' WHEN st_r < 0.63 THEN 'CLOSED' ELSE 'RESOLVED' END
  WHEN category IN ('EXCESS_CONSUMPTION', 'METER_MALFUNCTION') THEN CASE WHEN st_r < 0.6 THEN 'IN_VERIFICATION' WHEN st_r < 0.85 THEN 'VERIFIED' ELSE 'RESOLVED' END
  ELSE CASE WHEN st_r < 0.6 THEN 'OPEN' ELSE 'RESOLVED' END END;
UPDATE bench_q q SET folio = 'Q-' || y || '-' || lpad((n + coalesce((SELECT last FROM "FolioCounter" f WHERE f.prefix = 'Q' AND f.year = y), 0))::text, 6, '0')
FROM (SELECT j, extract(year FROM created)::int AS y, row_number() OVER (PARTITION BY extract(year FROM created) ORDER BY created, j) AS n FROM bench_q) r
WHERE r.j = q.j;
INSERT INTO "Complaint" (folio, kind, category, channel, status, description, "connectionId", "reporterName", "reporterPhone", "localityId",
  resolution, "createdById", "createdAt", "resolvedAt")
SELECT q.folio,
  (CASE WHEN q.category IN ('WATER_LEAK', 'SEWER_LEAK') THEN 'PROBLEM_REPORT' WHEN q.ch_r > 0.98 THEN 'DENUNCIATION' ELSE 'COMPLAINT' END)::"ComplaintKind",
  q.category::"ComplaintCategory", (CASE WHEN q.ch_r < 0.6 THEN 'IN_PERSON' WHEN q.ch_r < 0.9 THEN 'PHONE' ELSE 'WEB' END)::"Channel",
  q.status::"ComplaintStatus",
  CASE q.category WHEN 'EXCESS_CONSUMPTION' THEN 'El recibo llegó más alto que de costumbre' WHEN 'METER_MALFUNCTION' THEN 'El medidor gira sin consumo'
    WHEN 'WATER_LEAK' THEN 'Fuga de agua en la banqueta' WHEN 'SEWER_LEAK' THEN 'Brota agua de drenaje en la calle' WHEN 'NO_WATER' THEN 'No hay agua desde ayer'
    WHEN 'LOW_PRESSURE' THEN 'Llega muy poca presión' WHEN 'WATER_QUALITY' THEN 'El agua sale turbia' WHEN 'BILLING' THEN 'No reconoce un cargo del recibo'
    ELSE 'Solicita información de trámites' END,
  m.id, u."fullName", u.phone, m."localityId",
  CASE WHEN q.status IN ('RESOLVED', 'CLOSED') THEN 'Atendida' END,
  CASE WHEN q.ch_r < 0.9 THEN CASE WHEN q.j % 2 = 0 THEN bp.desk1 ELSE bp.desk2 END END,
  q.created, CASE WHEN q.status IN ('RESOLVED', 'CLOSED') THEN q.created + make_interval(hours => 4 + floor(pg_temp.rnd(q.j, 35) * 200)::int) END
FROM bench_q q JOIN bench_connmap m ON m.g = q.conn_g JOIN "User" u ON u.id = m."holderId", bp
ORDER BY q.created, q.j;`,
  },
  {
    title: "plan of work orders",
    sql: `
CREATE TEMP TABLE bench_wo AS
-- a verification or a leak repair for each complaint that asks for one
SELECT q.j * 4 AS seq, cm.id AS complaint_id, cm."connectionId" AS conn_id, t.type, q.created + interval '5 minutes' AS issued,
  CASE WHEN q.status = 'CANCELLED' THEN 'CANCELLED' WHEN q.status IN ('IN_VERIFICATION', 'OPEN')
    THEN CASE WHEN pg_temp.rnd(q.j, 40) < 0.1 THEN 'ISSUED' WHEN pg_temp.rnd(q.j, 40) < 0.8 THEN 'ASSIGNED' ELSE 'IN_PROGRESS' END ELSE 'COMPLETED' END AS status,
  CASE WHEN t.type = 'VERIFICATION' THEN (SELECT id FROM bench_verifier v WHERE v.n = 1 + floor(pg_temp.rnd(q.j, 41) * (SELECT count(*) FROM bench_verifier))::int) END AS assignee,
  CASE WHEN t.type = 'LEAK_REPAIR' THEN 'FOLLOW_UP' END AS department,
  CASE WHEN t.type = 'VERIFICATION' THEN 'Verificar medidor y fugas' ELSE 'Atender reporte de fuga' END AS observations,
  CASE WHEN t.type = 'VERIFICATION' THEN CASE WHEN pg_temp.rnd(q.j, 42) < 0.35 THEN 'METER_OVER_REGISTERING' WHEN pg_temp.rnd(q.j, 42) < 0.55 THEN 'EXTERNAL_LEAK' ELSE 'NORMAL' END END AS outcome,
  NULL::text AS limitation,
  pg_temp.rnd(q.j, 43) AS r
FROM bench_q q JOIN "Complaint" cm ON cm.folio = q.folio,
  LATERAL (SELECT CASE WHEN q.category IN ('EXCESS_CONSUMPTION', 'METER_MALFUNCTION') THEN 'VERIFICATION' WHEN q.category IN ('WATER_LEAK', 'SEWER_LEAK') THEN 'LEAK_REPAIR' END AS type) t
WHERE t.type IS NOT NULL;
-- a meter replacement after most verifications that found the meter over-registering
INSERT INTO bench_wo SELECT seq + 1, complaint_id, conn_id, 'METER_REPLACEMENT', issued + interval '3 days',
  CASE WHEN issued < (SELECT now FROM bp) - interval '15 days' THEN 'COMPLETED' ELSE 'ISSUED' END, NULL, 'REGISTRY', 'Cambio de medidor por verificación', NULL, NULL, r
FROM bench_wo WHERE type = 'VERIFICATION' AND status = 'COMPLETED' AND outcome = 'METER_OVER_REGISTERING' AND r < 0.8;
-- collection crews: open limitation orders for the delinquent, completed ones for the limited; older limitations
-- that ended in a payment and a reconnection
INSERT INTO bench_wo SELECT c.g * 4 + 2, NULL, m.id, 'SERVICE_LIMITATION',
  bp.now - make_interval(days => CASE WHEN c.k >= 4 THEN 20 + floor(pg_temp.rnd(c.g, 44) * 40)::int ELSE 1 + floor(pg_temp.rnd(c.g, 44) * 10)::int END),
  CASE WHEN c.k >= 4 THEN 'COMPLETED' WHEN pg_temp.rnd(c.g, 45) < 0.5 THEN 'ISSUED' ELSE 'ASSIGNED' END, NULL, 'COLLECTIONS', 'Limitación del servicio por adeudo', NULL,
  CASE WHEN c.k >= 4 THEN 'LIMITED' END, pg_temp.rnd(c.g, 46)
FROM bench_conn c JOIN bench_connmap m USING (g), bp WHERE c.k >= 2;
INSERT INTO bench_wo SELECT c.g * 4 + 3, NULL, m.id, t.type, bp.now - make_interval(days => 100 + floor(pg_temp.rnd(c.g, 47) * 200)::int) + t.lag,
  'COMPLETED', NULL, 'COLLECTIONS', t.obs, NULL, t.result, pg_temp.rnd(c.g, 48)
FROM bench_conn c JOIN bench_connmap m USING (g), bp,
  LATERAL (VALUES ('SERVICE_LIMITATION', interval '0 days', 'Limitación del servicio por adeudo',
      CASE WHEN pg_temp.rnd(c.g, 49) < 0.6 THEN 'LIMITED' WHEN pg_temp.rnd(c.g, 49) < 0.8 THEN 'PAID_ON_SITE' WHEN pg_temp.rnd(c.g, 49) < 0.9 THEN 'NOT_FOUND' ELSE 'REFUSED' END),
    ('RECONNECTION', interval '12 days', 'Reinstalación de servicio', NULL)) t(type, lag, obs, result)
WHERE c.k < 2 AND pg_temp.rnd(c.g, 50) < 0.09 AND (t.type = 'SERVICE_LIMITATION' OR pg_temp.rnd(c.g, 49) < 0.6);
ALTER TABLE bench_wo ADD COLUMN folio text;
UPDATE bench_wo w SET folio = r.prefix || '-' || r.y || '-' || lpad((r.n + coalesce((SELECT last FROM "FolioCounter" f WHERE f.prefix = r.prefix AND f.year = r.y), 0))::text, 6, '0')
FROM (SELECT seq, type, p.prefix, extract(year FROM issued)::int AS y,
        row_number() OVER (PARTITION BY type, extract(year FROM issued) ORDER BY issued, seq) AS n
      FROM bench_wo JOIN (VALUES ('VERIFICATION', 'OV'), ('METER_REPLACEMENT', 'OM'), ('RECONNECTION', 'OR'), ('LEAK_REPAIR', 'OF'), ('SERVICE_LIMITATION', 'OL')) p(type, prefix) USING (type)) r
WHERE r.seq = w.seq AND r.type = w.type;`,
  },
  {
    title: "work orders",
    sql: `
INSERT INTO "WorkOrder" (folio, type, status, "complaintId", "connectionId", "assigneeId", department, observations, "dueAt",
  "verificationOutcome", "excessM3", "limitationResult", "resultNotes", "createdById", "issuedAt", "completedAt")
SELECT w.folio, w.type::"WorkOrderType", w.status::"WorkOrderStatus", w.complaint_id, w.conn_id, w.assignee, w.department::"Role", w.observations,
  w.issued + CASE w.type WHEN 'VERIFICATION' THEN interval '3 days' WHEN 'METER_REPLACEMENT' THEN interval '7 days' WHEN 'SERVICE_LIMITATION' THEN interval '7 days' ELSE interval '24 hours' END,
  CASE WHEN w.status = 'COMPLETED' THEN w.outcome::"VerificationOutcome" END,
  CASE WHEN w.status = 'COMPLETED' AND w.outcome = 'METER_OVER_REGISTERING' THEN round((3 + w.r * 22)::numeric, 2) END,
  CASE WHEN w.status = 'COMPLETED' THEN w.limitation::"LimitationResult" END,
  CASE WHEN w.status = 'COMPLETED' THEN 'Atendida en campo' END,
  CASE WHEN w.type IN ('SERVICE_LIMITATION', 'RECONNECTION') THEN bp.collections WHEN w.seq % 2 = 0 THEN bp.desk1 ELSE bp.desk2 END,
  w.issued, CASE WHEN w.status = 'COMPLETED' THEN w.issued + make_interval(hours => 2 + floor(w.r * 60)::int) END
FROM bench_wo w, bp
ORDER BY w.issued, w.seq;`,
  },
  {
    title: "history of complaints and orders",
    sql: `
INSERT INTO "HistoryEvent" ("connectionId", type, summary, details, "complaintId", "workOrderId", "actorId", "occurredAt")
SELECT conn, type::"HistoryEventType", summary, details, complaint, wo, actor, at FROM (
  SELECT c."connectionId" AS conn, 'COMPLAINT_FILED' AS type, 'Queja ' || c.folio || ' registrada' AS summary, '{}'::jsonb AS details, c.id AS complaint, NULL::int AS wo,
    c."createdById" AS actor, c."createdAt" AS at
  FROM "Complaint" c, bp WHERE c.id > bp.complaint0
  UNION ALL
  SELECT w."connectionId", 'WORK_ORDER_ISSUED', 'Orden ' || w.folio || ' emitida', '{}'::jsonb, w."complaintId", w.id, w."createdById", w."issuedAt"
  FROM "WorkOrder" w, bp WHERE w.id > bp.order0
  UNION ALL
  SELECT w."connectionId", 'WORK_ORDER_COMPLETED', 'Orden ' || w.folio || ' solventada',
    CASE WHEN w."excessM3" IS NOT NULL THEN jsonb_build_object('volumeM3', w."excessM3"::text) ELSE jsonb_build_object('notes', w."resultNotes") END,
    w."complaintId", w.id, w."assigneeId", w."completedAt"
  FROM "WorkOrder" w, bp WHERE w.id > bp.order0 AND w.status = 'COMPLETED'
  UNION ALL
  SELECT w."connectionId", 'STATUS_CHANGED', 'Servicio limitado por adeudo', jsonb_build_object('amount', sc.balance::text, 'periodsOwed', sc."periodsOwed"),
    NULL, w.id, bp.collections, w."completedAt" + interval '1 minute'
  FROM "WorkOrder" w JOIN "ServiceConnection" sc ON sc.id = w."connectionId", bp
  WHERE w.id > bp.order0 AND w.type = 'SERVICE_LIMITATION' AND w."limitationResult" = 'LIMITED'
) e
ORDER BY at, conn;`,
  },
  {
    title: "folio counters and indexes",
    sql: `
INSERT INTO "FolioCounter" (prefix, year, last)
SELECT split_part(folio, '-', 1), split_part(folio, '-', 2)::int, max(split_part(folio, '-', 3)::int)
FROM (SELECT folio FROM "Complaint" UNION ALL SELECT folio FROM "WorkOrder") f GROUP BY 1, 2
ON CONFLICT (prefix, year) DO UPDATE SET last = greatest("FolioCounter".last, excluded.last);
SET session_replication_role = origin;
DO $$ DECLARE r record; BEGIN FOR r IN SELECT indexdef FROM bench_indexes LOOP EXECUTE r.indexdef; END LOOP; END $$;`,
  },
  { title: "VACUUM ANALYZE", sql: `VACUUM ANALYZE` },
];
