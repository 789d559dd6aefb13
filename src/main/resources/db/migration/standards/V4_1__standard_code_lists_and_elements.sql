-- Code lists the platform carries from the start, and the data elements of its own data.
-- Values: GB/T 2261.1-2003 (sex), the statistical urban-rural classification
-- (统计用区划代码和城乡划分代码), GB 32100-2015 (registration authority and organisation
-- category of the unified social credit code), and the unit kinds of the national code
-- ranges. Facts from the published standards.
INSERT INTO std_code_list (identifier, name, name_en, source, list_version, status, updated_at, version) VALUES
 ('CL-SEX', '人的性别代码', 'Sex of persons', 'GB/T 2261.1-2003', 1, 'STANDARD', CURRENT_TIMESTAMP, 0),
 ('CL-URBAN-RURAL', '城乡分类代码', 'Urban-rural class', '国家统计局 统计用城乡划分代码', 1, 'STANDARD', CURRENT_TIMESTAMP, 0),
 ('CL-USCC-AUTHORITY', '登记管理部门代码', 'Registration authority (credit code position 1)', 'GB 32100-2015', 1, 'STANDARD', CURRENT_TIMESTAMP, 0),
 ('CL-USCC-CATEGORY', '机构类别代码', 'Organisation category (credit code positions 1-2)', 'GB 32100-2015', 1, 'STANDARD', CURRENT_TIMESTAMP, 0),
 ('CL-UNIT-KIND', '组织单元类型代码', 'Unit kind', '统计用区划代码 代码段', 1, 'STANDARD', CURRENT_TIMESTAMP, 0),
 ('CL-UNIT-LEVEL', '组织单元层级代码', 'Unit level', '统计用区划代码', 1, 'STANDARD', CURRENT_TIMESTAMP, 0);

INSERT INTO std_code_value (list_id, code, name, name_en, parent_code, since_version, until_version, position)
SELECT l.id, v.code, v.name, v.name_en, v.parent_code, 1, NULL, v.position FROM std_code_list l JOIN (VALUES
 ('CL-SEX', '0', '未知的性别', 'Not known', NULL, 1),
 ('CL-SEX', '1', '男性', 'Male', NULL, 2),
 ('CL-SEX', '2', '女性', 'Female', NULL, 3),
 ('CL-SEX', '9', '未说明的性别', 'Not stated', NULL, 4),
 ('CL-URBAN-RURAL', '111', '主城区', 'Main urban area', NULL, 1),
 ('CL-URBAN-RURAL', '112', '城乡结合区', 'Urban-rural fringe', NULL, 2),
 ('CL-URBAN-RURAL', '121', '镇中心区', 'Town centre', NULL, 3),
 ('CL-URBAN-RURAL', '122', '镇乡结合区', 'Town-rural fringe', NULL, 4),
 ('CL-URBAN-RURAL', '123', '特殊区域', 'Special area', NULL, 5),
 ('CL-URBAN-RURAL', '210', '乡中心区', 'Township centre', NULL, 6),
 ('CL-URBAN-RURAL', '220', '村庄', 'Village', NULL, 7),
 ('CL-USCC-AUTHORITY', '1', '机构编制', 'Public-sector establishment', NULL, 1),
 ('CL-USCC-AUTHORITY', '5', '民政', 'Civil affairs', NULL, 2),
 ('CL-USCC-AUTHORITY', '9', '工商', 'Industry and commerce', NULL, 3),
 ('CL-USCC-AUTHORITY', 'Y', '其他', 'Other', NULL, 4),
 ('CL-USCC-CATEGORY', '11', '机关', 'Government organ', '1', 1),
 ('CL-USCC-CATEGORY', '12', '事业单位', 'Public institution', '1', 2),
 ('CL-USCC-CATEGORY', '13', '中央编办直接管理机构编制的群众团体', 'Mass organisation', '1', 3),
 ('CL-USCC-CATEGORY', '19', '其他', 'Other', '1', 4),
 ('CL-USCC-CATEGORY', '51', '社会团体', 'Social group', '5', 5),
 ('CL-USCC-CATEGORY', '52', '民办非企业单位', 'Private non-enterprise unit', '5', 6),
 ('CL-USCC-CATEGORY', '53', '基金会', 'Foundation', '5', 7),
 ('CL-USCC-CATEGORY', '59', '其他', 'Other', '5', 8),
 ('CL-USCC-CATEGORY', '91', '企业', 'Enterprise', '9', 9),
 ('CL-USCC-CATEGORY', '92', '个体工商户', 'Individual business', '9', 10),
 ('CL-USCC-CATEGORY', '93', '农民专业合作社', 'Farmers'' cooperative', '9', 11),
 ('CL-USCC-CATEGORY', 'Y1', '其他', 'Other', 'Y', 12),
 ('CL-UNIT-KIND', 'MUNICIPALITY', '直辖市', 'Municipality', NULL, 1),
 ('CL-UNIT-KIND', 'PROVINCE', '省、自治区', 'Province', NULL, 2),
 ('CL-UNIT-KIND', 'PREFECTURE', '地级单位', 'Prefecture', NULL, 3),
 ('CL-UNIT-KIND', 'DISTRICT', '市辖区', 'District', NULL, 4),
 ('CL-UNIT-KIND', 'COUNTY', '县', 'County', NULL, 5),
 ('CL-UNIT-KIND', 'COUNTY_CITY', '县级市', 'County-level city', NULL, 6),
 ('CL-UNIT-KIND', 'STREET', '街道（001-099）', 'Street (001-099)', NULL, 7),
 ('CL-UNIT-KIND', 'TOWN', '镇（100-199）', 'Town (100-199)', NULL, 8),
 ('CL-UNIT-KIND', 'TOWNSHIP', '乡（200-399）', 'Township (200-399)', NULL, 9),
 ('CL-UNIT-KIND', 'TOWNSHIP_LIKE', '类似乡级单位（400-599）', 'Township-like (400-599)', NULL, 10),
 ('CL-UNIT-KIND', 'COMMUNITY', '居民委员会（001-199）', 'Residents'' committee (001-199)', NULL, 11),
 ('CL-UNIT-KIND', 'VILLAGE', '村民委员会（200-399）', 'Villagers'' committee (200-399)', NULL, 12),
 ('CL-UNIT-KIND', 'VILLAGE_LIKE', '类似村民委员会（400-599）', 'Village-like (400-599)', NULL, 13),
 ('CL-UNIT-LEVEL', 'PROVINCIAL', '省级', 'Provincial', NULL, 1),
 ('CL-UNIT-LEVEL', 'PREFECTURAL', '地级', 'Prefectural', NULL, 2),
 ('CL-UNIT-LEVEL', 'COUNTY', '县级', 'County', NULL, 3),
 ('CL-UNIT-LEVEL', 'TOWNSHIP', '乡级', 'Township', NULL, 4),
 ('CL-UNIT-LEVEL', 'VILLAGE', '村级', 'Village', NULL, 5)
) AS v (list, code, name, name_en, parent_code, position) ON l.identifier = v.list;

INSERT INTO std_data_element (identifier, name, name_en, definition, object_class, property_term, representation,
    data_type, value_format, rule, measure_unit, code_list_id, element_version, status, submitting_org,
    registering_org, approval_date, remarks, updated_at, version)
SELECT d.identifier, d.name, d.name_en, d.definition, d.object_class, d.property_term, d.representation,
    d.data_type, d.value_format, d.rule, d.measure_unit, l.id, 1, 'STANDARD', '市社会建设信息中心',
    '市社会建设信息中心', DATE '2012-05-30', NULL, CURRENT_TIMESTAMP, 0
FROM (VALUES
 ('DE00001', '组织单元代码', 'Unit code', '统计用区划代码，12位（县级以上可为6位）', '组织单元', '', '代码', 'TEXT', 'n..12', 'UNIT_CODE', NULL, NULL),
 ('DE00002', '组织单元名称', 'Unit name', '组织单元的规范名称', '组织单元', '', '名称', 'TEXT', 'c..200', 'NONE', NULL, NULL),
 ('DE00003', '组织单元简称', 'Unit short name', '去掉“居委会”等通名后的简称', '组织单元', '简', '名称', 'TEXT', 'c..200', 'NONE', NULL, NULL),
 ('DE00004', '组织单元类型代码', 'Unit kind code', '按代码段确定的单元类型', '组织单元', '类型', '代码', 'CODE', 'c..24', 'NONE', NULL, 'CL-UNIT-KIND'),
 ('DE00005', '组织单元层级代码', 'Unit level code', '省、地、县、乡、村五级', '组织单元', '层级', '代码', 'CODE', 'c..16', 'NONE', NULL, 'CL-UNIT-LEVEL'),
 ('DE00006', '城乡分类代码', 'Urban-rural class code', '统计用城乡划分代码', '组织单元', '城乡分类', '代码', 'CODE', 'n3', 'NONE', NULL, 'CL-URBAN-RURAL'),
 ('DE00007', '统一社会信用代码', 'Unified social credit code', 'GB 32100 规定的18位代码', '法人和其他组织', '统一社会信用', '代码', 'TEXT', 'an18', 'CREDIT_CODE', NULL, NULL),
 ('DE00008', '组织机构代码', 'Organisation code', 'GB 11714 规定的9位代码（8位本体+校验码）', '法人和其他组织', '组织机构', '代码', 'TEXT', 'an..10', 'ORGANISATION_CODE', NULL, NULL),
 ('DE00009', '公民身份号码', 'Citizen identity number', 'GB 11643 规定的18位号码', '人', '公民身份', '号码', 'TEXT', 'an18', 'ID_NUMBER', NULL, NULL),
 ('DE00010', '性别代码', 'Sex code', 'GB/T 2261.1', '人员', '性别', '代码', 'CODE', 'n1', 'NONE', NULL, 'CL-SEX'),
 ('DE00011', '楼宇名称', 'Building name', '商务楼宇名称', '商务楼宇', '', '名称', 'TEXT', 'c..200', 'NONE', NULL, NULL),
 ('DE00012', '地址', 'Address', '详细地址', '场所', '地址', '文本', 'TEXT', 'c..300', 'NONE', NULL, NULL),
 ('DE00013', '社会组织名称', 'Social organisation name', '登记或备案名称', '社会组织', '', '名称', 'TEXT', 'c..200', 'NONE', NULL, NULL),
 ('DE00014', '经度', 'Longitude', 'WGS-84 经度，东经为正', '位置', '经度', '数值', 'DECIMAL', 'n..10,7', 'LONGITUDE', '度', NULL),
 ('DE00015', '纬度', 'Latitude', 'WGS-84 纬度，北纬为正', '位置', '纬度', '数值', 'DECIMAL', 'n..9,7', 'LATITUDE', '度', NULL),
 ('DE00016', '统计年度', 'Statistical year', '统计数据所属年度', '统计', '年度', '数值', 'INTEGER', 'n4', 'YEAR', '年', NULL),
 ('DE00017', '常住人口数', 'Resident population', '年末常住人口', '人口', '常住人口', '数量', 'INTEGER', 'n..10', 'NONE', '人', NULL),
 ('DE00018', '户籍人口数', 'Registered population', '年末户籍人口', '人口', '户籍人口', '数量', 'INTEGER', 'n..10', 'NONE', '人', NULL),
 ('DE00019', '户数', 'Households', '年末户数', '人口', '户', '数量', 'INTEGER', 'n..10', 'NONE', '户', NULL),
 ('DE00020', '面积', 'Area', '辖区面积', '组织单元', '面积', '数值', 'DECIMAL', 'n..12,4', 'NONE', '平方千米', NULL),
 ('DE00021', '日期', 'Date', '公历日期', '事件', '', '日期', 'DATE', 'YYYY-MM-DD', 'NONE', NULL, NULL),
 ('DE00022', '流动人口数', 'Floating population', '年末流动人口', '人口', '流动人口', '数量', 'INTEGER', 'n..10', 'NONE', '人', NULL),
 ('DE00023', '地区生产总值', 'Gross regional product', '按当年价格计算', '经济', '地区生产总值', '金额', 'DECIMAL', 'n..16,2', 'NONE', '万元', NULL),
 ('DE00024', '是否', 'Yes or no', '是或否', '事项', '', '指示符', 'BOOLEAN', 'a..5', 'NONE', NULL, NULL)
) AS d (identifier, name, name_en, definition, object_class, property_term, representation, data_type, value_format,
    rule, measure_unit, code_list)
LEFT JOIN std_code_list l ON l.identifier = d.code_list;
