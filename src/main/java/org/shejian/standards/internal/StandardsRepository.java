package org.shejian.standards.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.standards.CodeList;
import org.shejian.standards.CodeList.CodeValue;
import org.shejian.standards.DataElement;
import org.shejian.standards.DataType;
import org.shejian.standards.Status;
import org.shejian.standards.ValueFormat;
import org.shejian.standards.ValueRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Data elements and code lists in the database.
 */
@Repository
public class StandardsRepository {

	private static final String ELEMENT = "SELECT e.id, e.identifier, e.name, e.name_en, e.definition, e.object_class,"
			+ " e.property_term, e.representation, e.data_type, e.value_format, e.rule, e.measure_unit, l.identifier,"
			+ " e.element_version, e.status, e.submitting_org, e.registering_org, e.approval_date, e.remarks,"
			+ " e.updated_at, e.version FROM std_data_element e LEFT JOIN std_code_list l ON l.id = e.code_list_id";

	private static final String LIST = "SELECT id, identifier, name, name_en, source, list_version, status, updated_at,"
			+ " version FROM std_code_list";

	private final JdbcClient jdbc;

	StandardsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DataElement> elements() {
		return this.jdbc.sql(ELEMENT + " ORDER BY e.identifier").query(StandardsRepository::element).list();
	}

	public Optional<DataElement> element(String identifier) {
		return this.jdbc.sql(ELEMENT + " WHERE e.identifier = ?")
			.param(identifier)
			.query(StandardsRepository::element)
			.optional();
	}

	public String nextElementIdentifier() {
		Long max = this.jdbc.sql(
				"SELECT MAX(CAST(SUBSTRING(identifier, 3) AS BIGINT)) FROM std_data_element WHERE identifier LIKE 'DE%'")
			.query(Long.class)
			.optional()
			.orElse(0L);
		return String.format("DE%05d", ((max != null) ? max : 0L) + 1);
	}

	public void insertElement(DataElement e, Long codeListId, Instant now) {
		this.jdbc
			.sql("INSERT INTO std_data_element (identifier, name, name_en, definition, object_class, property_term,"
					+ " representation, data_type, value_format, rule, measure_unit, code_list_id, element_version, status,"
					+ " submitting_org, registering_org, approval_date, remarks, updated_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0)")
			.params(e.identifier(), e.name(), e.nameEn(), e.definition(), e.objectClass(), e.propertyTerm(),
					e.representation(), e.dataType().name(), e.format().notation(), e.rule().name(), e.measureUnit(),
					codeListId, e.status().name(), e.submittingOrganisation(), e.registeringOrganisation(),
					(e.approvalDate() != null) ? Date.valueOf(e.approvalDate()) : null, e.remarks(),
					Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether the row was still at the expected version
	 */
	public boolean updateElement(DataElement e, Long codeListId, Instant now) {
		return this.jdbc.sql("UPDATE std_data_element SET name = ?, name_en = ?, definition = ?, object_class = ?,"
				+ " property_term = ?, representation = ?, data_type = ?, value_format = ?, rule = ?, measure_unit = ?,"
				+ " code_list_id = ?, element_version = element_version + 1, status = ?, submitting_org = ?,"
				+ " registering_org = ?, approval_date = ?, remarks = ?, updated_at = ?, version = version + 1"
				+ " WHERE id = ? AND version = ?")
			.params(e.name(), e.nameEn(), e.definition(), e.objectClass(), e.propertyTerm(), e.representation(),
					e.dataType().name(), e.format().notation(), e.rule().name(), e.measureUnit(), codeListId,
					e.status().name(), e.submittingOrganisation(), e.registeringOrganisation(),
					(e.approvalDate() != null) ? Date.valueOf(e.approvalDate()) : null, e.remarks(),
					Timestamp.from(now), e.id(), e.version())
			.update() == 1;
	}

	public void keepElementVersion(long elementId, int elementVersion, String snapshot, Instant now) {
		this.jdbc
			.sql("INSERT INTO std_data_element_history (element_id, element_version, snapshot, replaced_at)"
					+ " VALUES (?, ?, ?, ?)")
			.params(elementId, elementVersion, snapshot, Timestamp.from(now))
			.update();
	}

	public List<String> elementHistory(long elementId) {
		return this.jdbc
			.sql("SELECT snapshot FROM std_data_element_history WHERE element_id = ? ORDER BY element_version DESC")
			.param(elementId)
			.query(String.class)
			.list();
	}

	public List<CodeList> lists() {
		return this.jdbc.sql(LIST + " ORDER BY identifier").query((rs, row) -> list(rs, List.of())).list();
	}

	public Optional<CodeList> list(String identifier) {
		return this.jdbc.sql(LIST + " WHERE identifier = ?")
			.param(identifier)
			.query((rs, row) -> list(rs, values(rs.getLong("id"))))
			.optional();
	}

	public Optional<Long> listId(String identifier) {
		return this.jdbc.sql("SELECT id FROM std_code_list WHERE identifier = ?")
			.param(identifier)
			.query(Long.class)
			.optional();
	}

	/** Every value the list ever had, in order. */
	public List<CodeValue> values(long listId) {
		return this.jdbc
			.sql("SELECT code, name, name_en, parent_code, since_version, until_version FROM std_code_value"
					+ " WHERE list_id = ? ORDER BY position, id")
			.param(listId)
			.query((rs, row) -> new CodeValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), (Integer) rs.getObject(6, Integer.class)))
			.list();
	}

	public long insertList(CodeList list, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO std_code_list (identifier, name, name_en, source, list_version, status, updated_at,"
					+ " version) VALUES (?, ?, ?, ?, 1, ?, ?, 0)")
			.params(list.identifier(), list.name(), list.nameEn(), list.source(), list.status().name(),
					Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Raises the list's version. @return whether the row was still at the expected
	 * version
	 */
	public boolean raiseListVersion(long listId, int version, Instant now) {
		return this.jdbc
			.sql("UPDATE std_code_list SET list_version = list_version + 1, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?")
			.params(Timestamp.from(now), listId, version)
			.update() == 1;
	}

	public boolean updateListStatus(long listId, Status status, int version, Instant now) {
		return this.jdbc.sql(
				"UPDATE std_code_list SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), Timestamp.from(now), listId, version)
			.update() == 1;
	}

	public void insertValue(long listId, CodeValue value, int position) {
		this.jdbc
			.sql("INSERT INTO std_code_value (list_id, code, name, name_en, parent_code, since_version,"
					+ " until_version, position) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)")
			.params(listId, value.code(), value.name(), value.nameEn(), value.parentCode(), value.sinceVersion(),
					position)
			.update();
	}

	public void retireValue(long listId, String code, int untilVersion) {
		this.jdbc
			.sql("UPDATE std_code_value SET until_version = ? WHERE list_id = ? AND code = ? AND until_version IS NULL")
			.params(untilVersion, listId, code)
			.update();
	}

	private static DataElement element(ResultSet rs, int row) throws SQLException {
		Date approved = rs.getDate("approval_date");
		return new DataElement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), DataType.valueOf(rs.getString(9)),
				ValueFormat.parse(rs.getString(10)), ValueRule.valueOf(rs.getString(11)), rs.getString(12),
				rs.getString(13), rs.getInt(14), Status.valueOf(rs.getString(15)), rs.getString(16), rs.getString(17),
				(approved != null) ? approved.toLocalDate() : null, rs.getString(19), rs.getTimestamp(20).toInstant(),
				rs.getInt(21));
	}

	private static CodeList list(ResultSet rs, List<CodeValue> values) throws SQLException {
		return new CodeList(rs.getLong("id"), rs.getString("identifier"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("source"), rs.getInt("list_version"), Status.valueOf(rs.getString("status")),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), values);
	}

}
