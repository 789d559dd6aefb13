-- Texts are checked by characters (an emoji or a rare character outside the Basic
-- Multilingual Plane counts once), while H2 measures VARCHAR in UTF-16 units, where such a
-- character takes two: a title of 200 of them was refused by the database with an error
-- instead of being stored. Columns of checked text get room for twice their limit; the
-- checks keep the limits. PostgreSQL counts characters and is not affected either way.
-- The catalogue's views read some of these columns, so they are made again.
DROP VIEW map_item_resource;
DROP VIEW map_service_resource;
DROP VIEW map_policy_resource;

ALTER TABLE map_layer ALTER COLUMN name_zh SET DATA TYPE VARCHAR(200);
ALTER TABLE map_layer ALTER COLUMN name_en SET DATA TYPE VARCHAR(200);
ALTER TABLE map_entry ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE map_published ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE map_published ALTER COLUMN address SET DATA TYPE VARCHAR(600);
ALTER TABLE map_published ALTER COLUMN phone SET DATA TYPE VARCHAR(120);
ALTER TABLE map_published ALTER COLUMN issuer SET DATA TYPE VARCHAR(400);
ALTER TABLE map_published ALTER COLUMN document_number SET DATA TYPE VARCHAR(200);
ALTER TABLE map_entry_event ALTER COLUMN comment SET DATA TYPE VARCHAR(4000);
ALTER TABLE map_campaign ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE map_campaign ALTER COLUMN instructions SET DATA TYPE VARCHAR(8000);
ALTER TABLE map_campaign_task ALTER COLUMN note SET DATA TYPE VARCHAR(2000);

CREATE VIEW map_item_resource AS
SELECT LPAD(CAST(p.id AS VARCHAR(20)), 12, '0') AS _key, p.unit_id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       CAST(p.id AS VARCHAR(20)) AS c_entry_id, u.code AS c_unit_code, l.code AS c_layer, p.title AS c_title,
       p.address AS c_address, p.phone AS c_phone, CAST(p.lng AS DECIMAL(10, 7)) AS c_lng,
       CAST(p.lat AS DECIMAL(9, 7)) AS c_lat, p.last_verified AS c_last_verified
FROM map_published p JOIN org_unit u ON u.id = p.unit_id LEFT JOIN map_layer l ON l.id = p.layer_id
WHERE p.kind = 'ITEM';

CREATE VIEW map_service_resource AS
SELECT LPAD(CAST(p.id AS VARCHAR(20)), 12, '0') AS _key, p.unit_id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       CAST(p.id AS VARCHAR(20)) AS c_entry_id, u.code AS c_unit_code, p.title AS c_title,
       p.service_class AS c_service_class, p.phone AS c_contact, p.address AS c_place
FROM map_published p JOIN org_unit u ON u.id = p.unit_id
WHERE p.kind = 'SERVICE';

CREATE VIEW map_policy_resource AS
SELECT LPAD(CAST(p.id AS VARCHAR(20)), 12, '0') AS _key, p.unit_id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       CAST(p.id AS VARCHAR(20)) AS c_entry_id, u.code AS c_unit_code, p.title AS c_title,
       p.issuer AS c_issuer, p.document_number AS c_document_number, p.issued_on AS c_issued_on
FROM map_published p JOIN org_unit u ON u.id = p.unit_id
WHERE p.kind = 'POLICY';
