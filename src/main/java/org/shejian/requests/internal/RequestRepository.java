package org.shejian.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.shejian.requests.RequestContact;
import org.shejian.requests.RequestEvent;
import org.shejian.requests.RequestQuery;
import org.shejian.requests.ServiceRequest;
import org.shejian.requests.ServiceRequest.Level;
import org.shejian.requests.ServiceRequest.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Requests and their history in the database.
 */
@Repository
public class RequestRepository {

	private static final String REQUEST = "SELECT id, service_code, service_name, description, lat, lng, address,"
			+ " address_id, media_url, unit_id, held_level, status, public_note, requested_at, updated_at, due_at"
			+ " FROM req_request r";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new request and returns its number. */
	public long insert(NewRequest request) {
		ServiceRequest r = request.request();
		RequestContact c = request.contact();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO req_request (token, service_code, service_name, description, lat, lng, address,"
					+ " address_id, media_url, first_name, last_name, email, phone, channel, unit_id, held_level,"
					+ " status, public_note, time_limit_days, requested_at, updated_at, due_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0)")
			.params(request.token(), r.serviceCode(), r.serviceName(), r.description(), r.lat(), r.lng(), r.address(),
					r.addressId(), r.mediaUrl(), c.firstName(), c.lastName(), c.email(), c.phone(), c.channel(),
					r.unitId(), r.level().name(), r.status().name(), request.timeLimitDays(),
					Timestamp.from(r.requestedAt()), Timestamp.from(r.updatedAt()), Timestamp.from(r.dueAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<ServiceRequest> find(long id) {
		return this.jdbc.sql(REQUEST + " WHERE id = ?").param(id).query(RequestRepository::request).optional();
	}

	public Optional<Long> idByToken(String token) {
		return this.jdbc.sql("SELECT id FROM req_request WHERE token = ?").param(token).query(Long.class).optional();
	}

	public Optional<RequestContact> contact(long id) {
		return this.jdbc.sql("SELECT first_name, last_name, email, phone, channel FROM req_request WHERE id = ?")
			.param(id)
			.query((rs, row) -> new RequestContact(rs.getString("first_name"), rs.getString("last_name"),
					rs.getString("email"), rs.getString("phone"), rs.getString("channel")))
			.optional();
	}

	public int timeLimitDays(long id) {
		return this.jdbc.sql("SELECT time_limit_days FROM req_request WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/** The request's history, oldest first. */
	public List<RequestEvent> events(long id) {
		return this.jdbc
			.sql("SELECT at, action, status, unit_id, actor, note FROM req_event WHERE request_id = ? ORDER BY id")
			.param(id)
			.query((rs, row) -> new RequestEvent(instant(rs, "at"), rs.getString("action"),
					Status.valueOf(rs.getString("status")), rs.getLong("unit_id"), rs.getString("actor"),
					rs.getString("note")))
			.list();
	}

	public void insertEvent(long requestId, Instant at, String action, Status status, long unitId, String actor,
			String note) {
		this.jdbc
			.sql("INSERT INTO req_event (request_id, at, action, status, unit_id, actor, note)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(requestId, Timestamp.from(at), action, status.name(), unitId, actor, note)
			.update();
	}

	/**
	 * Public search, newest first. Service codes and states are matched in SQL; the
	 * statuses {@code open} and {@code closed} are Open311's.
	 */
	public List<ServiceRequest> search(RequestQuery query, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (!query.ids().isEmpty()) {
			where.append(" AND id IN (").append(placeholders(query.ids().size())).append(")");
			params.addAll(query.ids());
		}
		else {
			where.append(" AND requested_at >= ? AND requested_at <= ?");
			params.add(Timestamp.from(query.start()));
			params.add(Timestamp.from(query.end()));
			if (!query.serviceCodes().isEmpty()) {
				where.append(" AND service_code IN (").append(placeholders(query.serviceCodes().size())).append(")");
				params.addAll(query.serviceCodes());
			}
			if (query.statuses().size() == 1) {
				where
					.append(query.statuses().contains("closed") ? " AND status = 'CLOSED'" : " AND status <> 'CLOSED'");
			}
		}
		params.add(limit);
		return this.jdbc.sql(REQUEST + where + " ORDER BY requested_at DESC, id DESC LIMIT ?")
			.params(params)
			.query(RequestRepository::request)
			.list();
	}

	/**
	 * The requests held by units that meet the condition (an SQL condition on
	 * {@code r.unit_id}), those due first first.
	 * @param status {@code null} for every status
	 */
	public List<ServiceRequest> queue(String unitCondition, Status status, int offset, int limit) {
		String statusCondition = (status != null) ? " AND status = '" + status.name() + "'" : "";
		return this.jdbc
			.sql(REQUEST + " WHERE " + unitCondition + statusCondition + " ORDER BY due_at, id LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(RequestRepository::request)
			.list();
	}

	/**
	 * Requests not closed, held by a community or a street, whose time ran out before.
	 */
	public List<ServiceRequest> overdue(Instant now, int limit) {
		return this.jdbc
			.sql(REQUEST + " WHERE status <> 'CLOSED' AND due_at < ? AND held_level IN ('COMMUNITY', 'STREET')"
					+ " ORDER BY due_at, id LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(RequestRepository::request)
			.list();
	}

	/**
	 * Hands a request to another unit with a new deadline, unless it changed meanwhile.
	 */
	public boolean moveTo(long id, long fromUnitId, long unitId, Level level, Instant dueAt, Instant now) {
		return this.jdbc
			.sql("UPDATE req_request SET unit_id = ?, held_level = ?, due_at = ?, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND unit_id = ? AND status <> 'CLOSED'")
			.params(unitId, level.name(), Timestamp.from(dueAt), Timestamp.from(now), id, fromUnitId)
			.update() == 1;
	}

	/** Sets the status and the note the resident sees, unless the request is closed. */
	public boolean changeStatus(long id, Status status, String note, Instant now) {
		return this.jdbc
			.sql("UPDATE req_request SET status = ?, public_note = ?, updated_at = ?, version = version + 1"
					+ " WHERE id = ? AND status <> 'CLOSED'")
			.params(status.name(), note, Timestamp.from(now), id)
			.update() == 1;
	}

	private static String placeholders(int count) {
		return Stream.generate(() -> "?").limit(count).collect(Collectors.joining(", "));
	}

	private static ServiceRequest request(ResultSet rs, int row) throws SQLException {
		return new ServiceRequest(rs.getLong("id"), rs.getString("service_code"), rs.getString("service_name"),
				rs.getString("description"), nullableDouble(rs, "lat"), nullableDouble(rs, "lng"),
				rs.getString("address"), rs.getString("address_id"), rs.getString("media_url"), rs.getLong("unit_id"),
				Level.valueOf(rs.getString("held_level")), Status.valueOf(rs.getString("status")),
				rs.getString("public_note"), instant(rs, "requested_at"), instant(rs, "updated_at"),
				instant(rs, "due_at"));
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A request about to be stored, with what only staff and the system see.
	 */
	public record NewRequest(ServiceRequest request, RequestContact contact, String token, int timeLimitDays) {
	}

}
