package org.shejian.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.exchange.ExportJob;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Export jobs in the database.
 */
@Repository
public class ExportRepository {

	private static final String EXPORT = "SELECT id, resource_identifier, resource_name, file_format, state, rows_written,"
			+ " message, requested_by, requested_by_id, requested_at, finished_at, file_path FROM exch_export";

	private final JdbcClient jdbc;

	ExportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long start(String identifier, String name, ExportJob.Format format, String by, long byId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO exch_export (resource_identifier, resource_name, file_format, state, rows_written,"
					+ " requested_by, requested_by_id, requested_at) VALUES (?, ?, ?, 'RUNNING', 0, ?, ?, ?)")
			.params(identifier, name, format.name(), by, byId, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void finish(long id, ExportJob.State state, long rows, String message, String file, Instant now) {
		this.jdbc
			.sql("UPDATE exch_export SET state = ?, rows_written = ?, message = ?, file_path = ?, finished_at = ?"
					+ " WHERE id = ?")
			.params(state.name(), rows, message, file, Timestamp.from(now), id)
			.update();
	}

	public Optional<ExportJob> find(long id) {
		return this.jdbc.sql(EXPORT + " WHERE id = ?").param(id).query(ExportRepository::export).optional();
	}

	public Optional<String> file(long id) {
		return this.jdbc.sql("SELECT file_path FROM exch_export WHERE id = ?").param(id).query(String.class).optional();
	}

	public List<ExportJob> of(long userId) {
		return this.jdbc.sql(EXPORT + " WHERE requested_by_id = ? ORDER BY id DESC FETCH FIRST 50 ROWS ONLY")
			.param(userId)
			.query(ExportRepository::export)
			.list();
	}

	private static ExportJob export(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ExportJob(rs.getLong("id"), rs.getString("resource_identifier"), rs.getString("resource_name"),
				ExportJob.Format.valueOf(rs.getString("file_format")), ExportJob.State.valueOf(rs.getString("state")),
				rs.getLong("rows_written"), rs.getString("message"), rs.getString("requested_by"),
				rs.getLong("requested_by_id"), rs.getTimestamp("requested_at").toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

}
