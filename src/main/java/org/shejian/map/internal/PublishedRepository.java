package org.shejian.map.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.shejian.map.Entry;
import org.shejian.map.EntryKind;
import org.shejian.map.ItemDetails;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PublishedEntry;
import org.shejian.map.ServiceDetails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published copies of map entries.
 */
@Repository
public class PublishedRepository {

	private static final String PUBLISHED = "SELECT p.id, p.kind, p.unit_id, l.code AS layer_code, p.title, p.lat,"
			+ " p.lng, p.last_verified, p.details, p.published_at, p.revision"
			+ " FROM map_published p LEFT JOIN map_layer l ON l.id = p.layer_id";

	private final JdbcClient jdbc;

	private final EntryRepository entries;

	PublishedRepository(JdbcClient jdbc, EntryRepository entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	public Optional<PublishedEntry> find(long id) {
		return this.jdbc.sql(PUBLISHED + " WHERE p.id = ?").param(id).query(this::published).optional();
	}

	/** Every published copy, in id order, one at a time. */
	public void forEach(Consumer<PublishedEntry> action) {
		try (Stream<PublishedEntry> rows = this.jdbc.sql(PUBLISHED + " ORDER BY p.id")
			.query(this::published)
			.stream()) {
			rows.forEach(action);
		}
	}

	/**
	 * Published copies in the layers (all layers when empty) whose WGS-84 point lies in
	 * the box (any point, or none, when the box is {@code null}).
	 */
	public List<PublishedEntry> search(Collection<Long> layerIds, double[] box, int limit) {
		StringBuilder sql = new StringBuilder(PUBLISHED).append(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (!layerIds.isEmpty()) {
			sql.append(" AND p.layer_id IN (").append("?,".repeat(layerIds.size() - 1)).append("?)");
			params.addAll(layerIds);
		}
		if (box != null) {
			sql.append(" AND p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ?");
			params.addAll(List.of(box[1], box[3], box[0], box[2]));
		}
		sql.append(" ORDER BY p.id LIMIT ?");
		params.add(limit);
		return this.jdbc.sql(sql.toString()).params(params).query(this::published).list();
	}

	/** Writes the entry's published copy, creating it or replacing it. */
	public void publish(Entry entry, Instant now) {
		Summary summary = Summary.of(entry);
		int updated = this.jdbc
			.sql("UPDATE map_published SET kind = ?, unit_id = ?, layer_id = ?, title = ?, lat = ?, lng = ?,"
					+ " last_verified = ?, details = ?, address = ?, phone = ?, service_class = ?, issuer = ?,"
					+ " document_number = ?, issued_on = ?, published_at = ?, revision = revision + 1 WHERE id = ?")
			.params(entry.kind().name(), entry.unitId(), entry.layerId(), entry.title(),
					EntryRepository.lat(entry.point()), EntryRepository.lng(entry.point()), entry.lastVerified(),
					this.entries.write(entry.details()), summary.address(), summary.phone(), summary.serviceClass(),
					summary.issuer(), summary.documentNumber(), summary.issuedOn(), Timestamp.from(now), entry.id())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO map_published (id, kind, unit_id, layer_id, title, lat, lng, last_verified, details,"
						+ " address, phone, service_class, issuer, document_number, issued_on, published_at, revision)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
				.params(entry.id(), entry.kind().name(), entry.unitId(), entry.layerId(), entry.title(),
						EntryRepository.lat(entry.point()), EntryRepository.lng(entry.point()), entry.lastVerified(),
						this.entries.write(entry.details()), summary.address(), summary.phone(), summary.serviceClass(),
						summary.issuer(), summary.documentNumber(), summary.issuedOn(), Timestamp.from(now))
				.update();
		}
	}

	public void withdraw(long id) {
		this.jdbc.sql("DELETE FROM map_published WHERE id = ?").param(id).update();
	}

	public void verified(long id, LocalDate day) {
		this.jdbc.sql("UPDATE map_published SET last_verified = ? WHERE id = ?").params(day, id).update();
	}

	private PublishedEntry published(ResultSet rs, int row) throws SQLException {
		EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
		return new PublishedEntry(rs.getLong("id"), kind, rs.getLong("unit_id"), rs.getString("layer_code"),
				rs.getString("title"), EntryRepository.point(rs), rs.getObject("last_verified", LocalDate.class),
				this.entries.read(kind, rs.getString("details")), rs.getTimestamp("published_at").toInstant(),
				rs.getInt("revision"));
	}

	/** The fields of the details the catalogue's views show as columns. */
	private record Summary(String address, String phone, String serviceClass, String issuer, String documentNumber,
			LocalDate issuedOn) {

		static Summary of(Entry entry) {
			if (entry.details() instanceof ItemDetails item) {
				return new Summary(item.address(), item.phone(), null, null, null, null);
			}
			if (entry.details() instanceof ServiceDetails service) {
				return new Summary(service.place(), service.contact(), service.serviceClass().name(), null, null, null);
			}
			PolicyDetails policy = (PolicyDetails) entry.details();
			return new Summary(null, null, null, policy.issuer(), policy.documentNumber(), policy.issueDate());
		}

	}

}
