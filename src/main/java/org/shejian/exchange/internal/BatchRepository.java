package org.shejian.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.exchange.Batch;
import org.shejian.exchange.ImportMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Import batches in the database.
 */
@Repository
public class BatchRepository {

	private static final String BATCH = "SELECT id, resource_id, resource_identifier, file_name, file_format, import_mode,"
			+ " coordinates, state, rows_read, rows_loaded, rows_rejected, message, rejects_file, started_by,"
			+ " started_unit_id, started_at, finished_at, rolled_back_by, rolled_back_at FROM exch_batch";

	private final JdbcClient jdbc;

	BatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long start(long resourceId, String identifier, String fileName, ImportMode mode, String coordinates,
			String by, long unitId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO exch_batch (resource_id, resource_identifier, file_name, import_mode, coordinates,"
					+ " state, rows_read, rows_loaded, rows_rejected, started_by, started_unit_id, started_at)"
					+ " VALUES (?, ?, ?, ?, ?, 'RUNNING', 0, 0, 0, ?, ?, ?)")
			.params(resourceId, identifier, fileName, mode.name(), coordinates, by, unitId, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void finish(long id, Batch.State state, String format, long read, long loaded, long rejected, String message,
			String rejectsFile, Instant now) {
		this.jdbc
			.sql("UPDATE exch_batch SET state = ?, file_format = ?, rows_read = ?, rows_loaded = ?,"
					+ " rows_rejected = ?, message = ?, rejects_file = ?, finished_at = ? WHERE id = ?")
			.params(state.name(), format, read, loaded, rejected,
					(message != null && message.length() > 2000) ? message.substring(0, 2000) : message, rejectsFile,
					Timestamp.from(now), id)
			.update();
	}

	public boolean rolledBack(long id, String by, Instant now) {
		return this.jdbc
			.sql("UPDATE exch_batch SET state = 'ROLLED_BACK', rolled_back_by = ?, rolled_back_at = ?"
					+ " WHERE id = ? AND state = 'LOADED'")
			.params(by, Timestamp.from(now), id)
			.update() == 1;
	}

	/** Marks batches left running by a stopped platform. @return how many */
	public int interruptRunning(Instant now) {
		return this.jdbc.sql("UPDATE exch_batch SET state = 'INTERRUPTED', finished_at = ? WHERE state = 'RUNNING'")
			.param(Timestamp.from(now))
			.update();
	}

	public Optional<Batch> find(long id) {
		return this.jdbc.sql(BATCH + " WHERE id = ?").param(id).query(BatchRepository::batch).optional();
	}

	public List<Batch> ofResource(long resourceId) {
		return this.jdbc.sql(BATCH + " WHERE resource_id = ? ORDER BY id DESC")
			.param(resourceId)
			.query(BatchRepository::batch)
			.list();
	}

	public List<Batch> recent(int limit) {
		return this.jdbc.sql(BATCH + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.query(BatchRepository::batch)
			.list();
	}

	/** The newest loaded (not rolled back) batch of a resource. */
	public Optional<Long> newestLoaded(long resourceId) {
		return this.jdbc.sql("SELECT MAX(id) FROM exch_batch WHERE resource_id = ? AND state = 'LOADED'")
			.param(resourceId)
			.query(Long.class)
			.optional();
	}

	private static Batch batch(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		Timestamp rolled = rs.getTimestamp("rolled_back_at");
		return new Batch(rs.getLong("id"), rs.getLong("resource_id"), rs.getString("resource_identifier"),
				rs.getString("file_name"), rs.getString("file_format"), ImportMode.valueOf(rs.getString("import_mode")),
				rs.getString("coordinates"), Batch.State.valueOf(rs.getString("state")), rs.getLong("rows_read"),
				rs.getLong("rows_loaded"), rs.getLong("rows_rejected"), rs.getString("message"),
				rs.getString("rejects_file"), rs.getString("started_by"), rs.getLong("started_unit_id"),
				rs.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getString("rolled_back_by"), (rolled != null) ? rolled.toInstant() : null);
	}

}
