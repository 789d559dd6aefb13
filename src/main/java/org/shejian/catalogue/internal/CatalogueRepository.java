package org.shejian.catalogue.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.shejian.catalogue.Category;
import org.shejian.catalogue.Group;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.PublishedVersion;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.Resource.SourceKind;
import org.shejian.catalogue.ResourceState;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.standards.DataType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Resources, their items, relations, groupings, categories and published versions in the
 * database.
 */
@Repository
public class CatalogueRepository {

	private static final String RESOURCE = "SELECT r.id, r.identifier, r.metadata_identifier, r.platform_key, r.name,"
			+ " r.name_en, r.abstract, r.publication_date, r.provider_unit_id, r.provider_name, r.provider_address,"
			+ " r.keywords, r.thesaurus, r.category_id, r.online_link, r.service_url, r.service_type,"
			+ " r.metadata_maintainer, r.metadata_updated, r.share_type, r.share_conditions, r.share_method,"
			+ " r.open_to_public, r.update_cycle, r.source_kind, r.relation_name, r.key_items, r.unit_item, r.state,"
			+ " r.review_comment, r.published_version, r.updated_at, r.version FROM cat_resource r";

	private final JdbcClient jdbc;

	CatalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> categories() {
		return this.jdbc.sql("SELECT id, code, name, parent_id, depth FROM cat_category ORDER BY code")
			.query((rs, row) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, Long.class), rs.getInt(5)))
			.list();
	}

	public void insertCategory(String code, String name, Long parentId, int depth) {
		this.jdbc.sql("INSERT INTO cat_category (code, name, parent_id, depth) VALUES (?, ?, ?, ?)")
			.params(code, name, parentId, depth)
			.update();
	}

	public List<Group> groups() {
		return this.jdbc.sql("SELECT id, code, kind, name, position FROM cat_group ORDER BY position, code")
			.query((rs, row) -> new Group(rs.getLong(1), rs.getString(2), Group.Kind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getInt(5)))
			.list();
	}

	public void insertGroup(String code, Group.Kind kind, String name, int position) {
		this.jdbc.sql("INSERT INTO cat_group (code, kind, name, position) VALUES (?, ?, ?, ?)")
			.params(code, kind.name(), name, position)
			.update();
	}

	public void renameGroup(long id, String name) {
		this.jdbc.sql("UPDATE cat_group SET name = ? WHERE id = ?").params(name, id).update();
	}

	public List<Resource> resources(List<Category> categories) {
		return this.jdbc.sql(RESOURCE + " ORDER BY r.identifier")
			.query((rs, row) -> resource(rs, categories))
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	public Optional<Resource> resource(String identifier, List<Category> categories) {
		return this.jdbc.sql(RESOURCE + " WHERE r.identifier = ?")
			.param(identifier)
			.query((rs, row) -> resource(rs, categories))
			.optional()
			.map(this::complete);
	}

	public Optional<Resource> byPlatformKey(String key, List<Category> categories) {
		return this.jdbc.sql(RESOURCE + " WHERE r.platform_key = ?")
			.param(key)
			.query((rs, row) -> resource(rs, categories))
			.optional()
			.map(this::complete);
	}

	/** The next sequence number of a provider's identifiers. */
	public int nextSequence(String providerCode) {
		List<String> identifiers = this.jdbc.sql("SELECT identifier FROM cat_resource WHERE identifier LIKE ?")
			.param(providerCode + "/%")
			.query(String.class)
			.list();
		int max = 0;
		for (String identifier : identifiers) {
			try {
				max = Math.max(max, Integer.parseInt(identifier.substring(identifier.indexOf('/') + 1)));
			}
			catch (NumberFormatException ex) {
				// an identifier not of the generated form: not counted
			}
		}
		return max + 1;
	}

	public long insert(Resource r, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO cat_resource (identifier, metadata_identifier, platform_key, name, name_en, abstract,"
					+ " publication_date, provider_unit_id, provider_name, provider_address, keywords, thesaurus, category_id,"
					+ " online_link, service_url, service_type, metadata_maintainer, metadata_updated, share_type,"
					+ " share_conditions, share_method, open_to_public, update_cycle, source_kind, relation_name, key_items,"
					+ " unit_item, state, review_comment, published_version, updated_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(r.identifier(), r.metadataIdentifier(), r.platformKey(), r.name(), r.nameEn(), r.summary(),
					Date.valueOf(r.publicationDate()), r.providerUnitId(), r.providerName(), r.providerAddress(),
					String.join(",", r.keywords()), r.thesaurus(), r.category().id(), r.onlineLink(), r.serviceUrl(),
					r.serviceType(), r.metadataMaintainer(), Date.valueOf(r.metadataUpdated()), r.shareType().name(),
					r.shareConditions(), r.shareMethod(), r.open(), r.updateCycle().name(), r.sourceKind().name(),
					r.relation(), String.join(",", r.keyItems()), r.unitItem(), r.state().name(), r.reviewComment(),
					r.publishedVersion(), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void setSubmittedBy(long id, String username) {
		this.jdbc.sql("UPDATE cat_resource SET submitted_by = ? WHERE id = ?").params(username, id).update();
	}

	public Optional<String> submittedBy(long id) {
		return this.jdbc.sql("SELECT submitted_by FROM cat_resource WHERE id = ?")
			.param(id)
			.query((rs, row) -> rs.getString(1))
			.optional()
			.filter((name) -> name != null);
	}

	public void setRelation(long id, String relation) {
		this.jdbc.sql("UPDATE cat_resource SET relation_name = ? WHERE id = ?").params(relation, id).update();
	}

	/** Writes the working copy. @return whether it was still at the expected version */
	public boolean update(Resource r, Instant now) {
		return this.jdbc.sql("UPDATE cat_resource SET name = ?, name_en = ?, abstract = ?, publication_date = ?,"
				+ " provider_name = ?, provider_address = ?, keywords = ?, thesaurus = ?, category_id = ?, online_link = ?,"
				+ " service_url = ?, service_type = ?, metadata_maintainer = ?, metadata_updated = ?, share_type = ?,"
				+ " share_conditions = ?, share_method = ?, open_to_public = ?, update_cycle = ?, key_items = ?,"
				+ " unit_item = ?, state = ?, review_comment = ?, published_version = ?, updated_at = ?,"
				+ " version = version + 1 WHERE id = ? AND version = ?")
			.params(r.name(), r.nameEn(), r.summary(), Date.valueOf(r.publicationDate()), r.providerName(),
					r.providerAddress(), String.join(",", r.keywords()), r.thesaurus(), r.category().id(),
					r.onlineLink(), r.serviceUrl(), r.serviceType(), r.metadataMaintainer(),
					Date.valueOf(r.metadataUpdated()), r.shareType().name(), r.shareConditions(), r.shareMethod(),
					r.open(), r.updateCycle().name(), String.join(",", r.keyItems()), r.unitItem(), r.state().name(),
					r.reviewComment(), r.publishedVersion(), Timestamp.from(now), r.id(), r.version())
			.update() == 1;
	}

	public void replaceItems(long resourceId, List<Item> items) {
		this.jdbc.sql("DELETE FROM cat_item WHERE resource_id = ?").param(resourceId).update();
		int position = 0;
		for (Item item : items) {
			this.jdbc
				.sql("INSERT INTO cat_item (resource_id, position, name, title, title_en, element_identifier,"
						+ " data_type, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(resourceId, position++, item.name(), item.title(), item.titleEn(), item.element(),
						item.dataType().name(), item.required())
				.update();
		}
	}

	public void replaceRelations(long resourceId, List<Long> relatedIds) {
		this.jdbc.sql("DELETE FROM cat_relation WHERE resource_id = ?").param(resourceId).update();
		for (Long related : relatedIds) {
			this.jdbc.sql("INSERT INTO cat_relation (resource_id, related_id) VALUES (?, ?)")
				.params(resourceId, related)
				.update();
		}
	}

	public void replaceGroups(long resourceId, List<Long> groupIds) {
		this.jdbc.sql("DELETE FROM cat_group_member WHERE resource_id = ?").param(resourceId).update();
		for (Long group : groupIds) {
			this.jdbc.sql("INSERT INTO cat_group_member (group_id, resource_id) VALUES (?, ?)")
				.params(group, resourceId)
				.update();
		}
	}

	public void insertVersion(long resourceId, int version, String snapshot, String by, Instant now) {
		this.jdbc
			.sql("INSERT INTO cat_resource_version (resource_id, resource_version, snapshot, published_at,"
					+ " published_by) VALUES (?, ?, ?, ?, ?)")
			.params(resourceId, version, snapshot, Timestamp.from(now), by)
			.update();
	}

	/** A value that changes whenever any version is published. */
	public String publishedStamp() {
		return this.jdbc.sql("SELECT COUNT(*), MAX(published_at) FROM cat_resource_version")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getString(2))
			.single();
	}

	/** The latest published version of every resource, as stored. */
	public List<String> publishedSnapshots() {
		return this.jdbc
			.sql("SELECT v.snapshot FROM cat_resource_version v JOIN cat_resource r ON r.id = v.resource_id"
					+ " AND v.resource_version = r.published_version ORDER BY r.identifier")
			.query(String.class)
			.list();
	}

	public Optional<String> publishedSnapshot(String identifier) {
		return this.jdbc
			.sql("SELECT v.snapshot FROM cat_resource_version v JOIN cat_resource r ON r.id = v.resource_id"
					+ " AND v.resource_version = r.published_version WHERE r.identifier = ?")
			.param(identifier)
			.query(String.class)
			.optional();
	}

	public List<PublishedVersion> versions(long resourceId) {
		return this.jdbc
			.sql("SELECT resource_version, published_at, published_by FROM cat_resource_version WHERE resource_id = ?"
					+ " ORDER BY resource_version DESC")
			.param(resourceId)
			.query((rs, row) -> new PublishedVersion(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
	}

	private Resource complete(Resource r) {
		List<Item> items = this.jdbc
			.sql("SELECT name, title, title_en, element_identifier, data_type, required FROM cat_item"
					+ " WHERE resource_id = ? ORDER BY position")
			.param(r.id())
			.query((rs, row) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					DataType.valueOf(rs.getString(5)), rs.getBoolean(6)))
			.list();
		List<String> related = this.jdbc
			.sql("SELECT o.identifier FROM cat_relation x JOIN cat_resource o ON o.id = x.related_id"
					+ " WHERE x.resource_id = ? ORDER BY o.identifier")
			.param(r.id())
			.query(String.class)
			.list();
		List<String> groups = this.jdbc
			.sql("SELECT g.code FROM cat_group_member m JOIN cat_group g ON g.id = m.group_id WHERE m.resource_id = ?"
					+ " ORDER BY g.position")
			.param(r.id())
			.query(String.class)
			.list();
		return new Resource(r.id(), r.identifier(), r.metadataIdentifier(), r.platformKey(), r.name(), r.nameEn(),
				r.summary(), r.publicationDate(), r.providerUnitId(), r.providerName(), r.providerAddress(),
				r.keywords(), r.thesaurus(), r.category(), r.onlineLink(), r.serviceUrl(), r.serviceType(),
				r.metadataMaintainer(), r.metadataUpdated(), r.shareType(), r.shareConditions(), r.shareMethod(),
				r.open(), r.updateCycle(), items, related, groups, r.sourceKind(), r.relation(), r.keyItems(),
				r.unitItem(), r.state(), r.reviewComment(), r.publishedVersion(), r.updatedAt(), r.version());
	}

	private static Resource resource(ResultSet rs, List<Category> categories) throws SQLException {
		long categoryId = rs.getLong("category_id");
		Category category = categories.stream().filter((c) -> c.id() == categoryId).findFirst().orElseThrow();
		return new Resource(rs.getLong("id"), rs.getString("identifier"), rs.getString("metadata_identifier"),
				rs.getString("platform_key"), rs.getString("name"), rs.getString("name_en"), rs.getString("abstract"),
				rs.getDate("publication_date").toLocalDate(), rs.getLong("provider_unit_id"),
				rs.getString("provider_name"), rs.getString("provider_address"), split(rs.getString("keywords")),
				rs.getString("thesaurus"), category, rs.getString("online_link"), rs.getString("service_url"),
				rs.getString("service_type"), rs.getString("metadata_maintainer"),
				rs.getDate("metadata_updated").toLocalDate(), ShareType.valueOf(rs.getString("share_type")),
				rs.getString("share_conditions"), rs.getString("share_method"), rs.getBoolean("open_to_public"),
				UpdateCycle.valueOf(rs.getString("update_cycle")), List.of(), List.of(), List.of(),
				SourceKind.valueOf(rs.getString("source_kind")), rs.getString("relation_name"),
				split(rs.getString("key_items")), rs.getString("unit_item"),
				ResourceState.valueOf(rs.getString("state")), rs.getString("review_comment"),
				rs.getObject("published_version", Integer.class), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

}
