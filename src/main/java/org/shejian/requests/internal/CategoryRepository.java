package org.shejian.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.shejian.requests.RequestCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Request categories in the database.
 */
@Repository
public class CategoryRepository {

	private static final String CATEGORY = "SELECT id, code, name, name_en, description, group_name, time_limit_days,"
			+ " active, version FROM req_category";

	private final JdbcClient jdbc;

	CategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All categories, or only the active ones, by group and code. */
	public List<RequestCategory> all(boolean activeOnly) {
		return this.jdbc.sql(CATEGORY + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY group_name, code")
			.query(CategoryRepository::category)
			.list();
	}

	public Optional<RequestCategory> byCode(String code) {
		return this.jdbc.sql(CATEGORY + " WHERE code = ?").param(code).query(CategoryRepository::category).optional();
	}

	public Optional<RequestCategory> find(long id) {
		return this.jdbc.sql(CATEGORY + " WHERE id = ?").param(id).query(CategoryRepository::category).optional();
	}

	public long insert(RequestCategory category) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO req_category (code, name, name_en, description, group_name, time_limit_days, active,"
					+ " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
			.params(category.code(), category.name(), category.nameEn(), category.description(), category.group(),
					category.timeLimitDays(), category.active())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Changes everything but the code, when the version still matches. */
	public boolean update(RequestCategory category) {
		return this.jdbc
			.sql("UPDATE req_category SET name = ?, name_en = ?, description = ?, group_name = ?, time_limit_days = ?,"
					+ " active = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(category.name(), category.nameEn(), category.description(), category.group(),
					category.timeLimitDays(), category.active(), category.id(), category.version())
			.update() == 1;
	}

	private static RequestCategory category(ResultSet rs, int row) throws SQLException {
		return new RequestCategory(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("name_en"), rs.getString("description"), rs.getString("group_name"),
				rs.getInt("time_limit_days"), rs.getBoolean("active"), rs.getInt("version"));
	}

}
