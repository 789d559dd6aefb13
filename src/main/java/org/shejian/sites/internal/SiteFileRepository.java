package org.shejian.sites.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.shejian.sites.SiteFile;
import org.shejian.sites.SiteFileKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The metadata of files in sites' libraries; the files themselves are on disk, under
 * their stored names.
 */
@Repository
public class SiteFileRepository {

	private static final String FILE = "SELECT id, site_id, kind, original_name, stored_name, media_type, size_bytes,"
			+ " sha256, width, height, uploaded_by, uploaded_at FROM site_file";

	private final JdbcClient jdbc;

	SiteFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file and the name it is stored under. */
	public record Stored(SiteFile file, String storedName) {
	}

	public long insert(SiteFile file, String storedName) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO site_file (site_id, kind, original_name, stored_name, media_type, size_bytes, sha256,"
					+ " width, height, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.siteId(), file.kind().name(), file.originalName(), storedName, file.mediaType(), file.size(),
					file.sha256(), file.width(), file.height(), file.uploadedBy(), Timestamp.from(file.uploadedAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The file of the site with the given id. */
	public Optional<Stored> find(long siteId, long id) {
		return this.jdbc.sql(FILE + " WHERE id = ? AND site_id = ?")
			.params(id, siteId)
			.query(SiteFileRepository::stored)
			.optional();
	}

	/** A site's files, newest first. */
	public List<SiteFile> ofSite(long siteId, int offset, int limit) {
		return this.jdbc.sql(FILE + " WHERE site_id = ? ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
			.params(siteId, offset, limit)
			.query(SiteFileRepository::stored)
			.list()
			.stream()
			.map(Stored::file)
			.toList();
	}

	public boolean delete(long siteId, long id) {
		return this.jdbc.sql("DELETE FROM site_file WHERE id = ? AND site_id = ?").params(id, siteId).update() == 1;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		SiteFile file = new SiteFile(rs.getLong("id"), rs.getLong("site_id"),
				SiteFileKind.valueOf(rs.getString("kind")), rs.getString("original_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("width", Integer.class),
				rs.getObject("height", Integer.class), rs.getLong("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
		return new Stored(file, rs.getString("stored_name"));
	}

}
