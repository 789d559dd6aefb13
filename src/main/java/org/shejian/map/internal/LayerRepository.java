package org.shejian.map.internal;

import java.util.List;
import java.util.Optional;

import org.shejian.map.Layer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The map's layers.
 */
@Repository
public class LayerRepository {

	private static final String LAYER = "SELECT id, code, parent_id, name_zh, name_en, sort, version FROM map_layer";

	private final JdbcClient jdbc;

	LayerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Layer> all() {
		return this.jdbc.sql(LAYER + " ORDER BY sort, code").query(LayerRepository::layer).list();
	}

	public Optional<Layer> byCode(String code) {
		return this.jdbc.sql(LAYER + " WHERE code = ?").param(code).query(LayerRepository::layer).optional();
	}

	public Optional<Layer> byId(long id) {
		return this.jdbc.sql(LAYER + " WHERE id = ?").param(id).query(LayerRepository::layer).optional();
	}

	public long insert(Layer layer) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO map_layer (code, parent_id, name_zh, name_en, sort, version) VALUES (?, ?, ?, ?, ?, 0)")
			.params(layer.code(), layer.parentId(), layer.nameZh(), layer.nameEn(), layer.sort())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public boolean rename(Layer layer) {
		return this.jdbc
			.sql("UPDATE map_layer SET name_zh = ?, name_en = ?, sort = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?")
			.params(layer.nameZh(), layer.nameEn(), layer.sort(), layer.id(), layer.version())
			.update() == 1;
	}

	private static Layer layer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Layer(rs.getLong("id"), rs.getString("code"), parentId, rs.getString("name_zh"),
				rs.getString("name_en"), rs.getInt("sort"), rs.getInt("version"));
	}

}
