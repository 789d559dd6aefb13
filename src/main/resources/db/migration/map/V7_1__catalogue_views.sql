-- Data elements the map's resources use, and the read-only views through which the catalogue
-- serves the published copies (never the working copies) as information resources.
INSERT INTO std_data_element (identifier, name, name_en, definition, object_class, property_term, representation,
    data_type, value_format, rule, measure_unit, code_list_id, element_version, status, submitting_org,
    registering_org, approval_date, remarks, updated_at, version)
SELECT d.identifier, d.name, d.name_en, d.definition, d.object_class, d.property_term, d.representation,
    d.data_type, d.value_format, d.rule, CAST(NULL AS VARCHAR(32)), CAST(NULL AS BIGINT), 1, 'STANDARD', '市社会建设信息中心',
    '市社会建设信息中心', DATE '2012-05-30', NULL, CURRENT_TIMESTAMP, 0
FROM (VALUES
 ('DE00701', '地图图层代码', 'Map layer code', '社会建设地图网的图层代码', '地图图层', '', '代码', 'TEXT', 'c..40', 'NONE'),
 ('DE00702', '地图条目名称', 'Map entry title', '地图点位、服务事项或政策的名称', '地图条目', '', '名称', 'TEXT', 'c..200', 'NONE'),
 ('DE00703', '服务事项类别代码', 'Service item class code', '公共服务、志愿互助服务、便民服务、信息服务', '服务事项', '类别', '代码', 'TEXT', 'c..16', 'NONE'),
 ('DE00704', '发文机关', 'Issuing body', '政策文件的发文机关', '政策文件', '发文机关', '名称', 'TEXT', 'c..200', 'NONE'),
 ('DE00705', '发文字号', 'Document number', '政策文件的发文字号', '政策文件', '发文字号', '代码', 'TEXT', 'c..100', 'NONE')
) AS d (identifier, name, name_en, definition, object_class, property_term, representation, data_type, value_format,
    rule);

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
