-- Read-only views through which the catalogue serves the registry's data as information
-- resources. Columns: _key (the resource key, stable order for cursors), _unit (the unit
-- whose scope the row belongs to), _batch (no import batch: the registry writes these),
-- then c_<item> per item.
CREATE VIEW org_unit_resource AS
SELECT u.code AS _key, u.id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       u.code AS c_unit_code, u.name AS c_name, u.short_name AS c_short_name, u.unit_level AS c_unit_level,
       u.kind AS c_kind, p.code AS c_parent_code, u.urban_rural AS c_urban_rural, u.valid_from AS c_valid_from
FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
WHERE u.valid_to IS NULL;

CREATE VIEW org_building_resource AS
SELECT LPAD(CAST(b.id AS VARCHAR(20)), 12, '0') AS _key, b.unit_id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       CAST(b.id AS VARCHAR(20)) AS c_building_id, u.code AS c_unit_code, b.name AS c_name, b.address AS c_address,
       b.has_station AS c_has_station, b.station_opened AS c_station_opened
FROM org_building b JOIN org_unit u ON u.id = b.unit_id;

CREATE VIEW org_social_resource AS
SELECT LPAD(CAST(s.id AS VARCHAR(20)), 12, '0') AS _key, s.unit_id AS _unit, CAST(NULL AS BIGINT) AS _batch,
       CAST(s.id AS VARCHAR(20)) AS c_organisation_id, u.code AS c_unit_code, s.name AS c_name,
       s.category AS c_category, s.credit_code AS c_credit_code, s.organisation_code AS c_organisation_code,
       s.hub AS c_hub
FROM org_social_organisation s JOIN org_unit u ON u.id = s.unit_id;
