package org.shejian.sites.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.shejian.sites.Article;
import org.shejian.sites.ArticleEvent;
import org.shejian.sites.ArticleState;
import org.shejian.sites.ArticleVersion;
import org.shejian.sites.QueuedArticle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Articles, their versions and events, and the one condition that decides what the public
 * sees.
 */
@Repository
public class ArticleRepository {

	private static final String ARTICLE = "SELECT a.id, a.site_id, a.column_id, a.title, a.body, a.service_entry_id,"
			+ " a.pinned, a.publish_at, a.expire_at, a.state, a.submitted_by, a.is_published, a.published_title,"
			+ " a.published_body, a.published_at, a.updated_at, a.version FROM site_article a";

	/**
	 * What the public sees at the instant bound twice: published, its time come, not
	 * expired.
	 */
	private static final String VISIBLE = " a.is_published = TRUE AND (a.publish_at IS NULL OR a.publish_at <= ?)"
			+ " AND (a.expire_at IS NULL OR a.expire_at > ?)";

	private static final String LIVE_SITE = " JOIN site_site s ON s.id = a.site_id AND s.state = 'LIVE'";

	private static final String NEWEST = " ORDER BY COALESCE(a.publish_at, a.published_at) DESC, a.id DESC";

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Article> find(long id) {
		return this.jdbc.sql(ARTICLE + " WHERE a.id = ?").param(id).query(ArticleRepository::article).optional();
	}

	/** Working copies of the site, newest change first. */
	public List<Article> ofSite(long siteId, int limit) {
		return this.jdbc.sql(ARTICLE + " WHERE a.site_id = ? ORDER BY a.updated_at DESC, a.id DESC LIMIT ?")
			.params(siteId, limit)
			.query(ArticleRepository::article)
			.list();
	}

	/** Submitted articles of sites whose unit meets the condition, oldest first. */
	public List<QueuedArticle> submittedWithin(String unitCondition, int limit) {
		return this.jdbc.sql("SELECT a.id, a.title, a.updated_at, s.id AS site_id, s.code, s.title AS site_title,"
				+ " (SELECT e.actor_name FROM site_article_event e WHERE e.article_id = a.id AND e.action = 'SUBMIT'"
				+ " ORDER BY e.id DESC LIMIT 1) AS submitter FROM site_article a JOIN site_site s ON s.id = a.site_id"
				+ " WHERE a.state = 'SUBMITTED' AND s." + unitCondition + " ORDER BY a.updated_at, a.id LIMIT ?")
			.param(limit)
			.query((rs, row) -> new QueuedArticle(rs.getLong("id"), rs.getString("title"), rs.getLong("site_id"),
					rs.getString("code"), rs.getString("site_title"), rs.getString("submitter"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** Visible articles of a site, pinned first when asked, newest first. */
	public List<Article> visible(long siteId, Collection<Long> columnIds, boolean pinnedFirst, Instant now, int offset,
			int limit) {
		String columns = columnIds.isEmpty() ? "" : " AND a.column_id IN (:columns)";
		return this.jdbc
			.sql(ARTICLE + " WHERE a.site_id = :site AND" + VISIBLE.replace("?", ":now") + columns
					+ (pinnedFirst ? " ORDER BY a.pinned DESC," + NEWEST.substring(10) : NEWEST)
					+ " LIMIT :limit OFFSET :offset")
			.param("site", siteId)
			.param("now", Timestamp.from(now))
			.param("columns", columnIds.isEmpty() ? List.of(0L) : List.copyOf(columnIds))
			.param("limit", limit)
			.param("offset", offset)
			.query(ArticleRepository::article)
			.list();
	}

	/** The ids among the given whose article is visible on a live site. */
	public List<Long> visibleAmong(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT a.id FROM site_article a" + LIVE_SITE + " WHERE a.id IN (:ids) AND"
					+ VISIBLE.replace("?", ":now"))
			.param("ids", List.copyOf(ids))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/** Every visible article of every live site, by site and id: for the sitemap. */
	public void forEachVisible(Instant now, int limit, Consumer<Article> action) {
		this.jdbc.sql(ARTICLE + LIVE_SITE + " WHERE" + VISIBLE + " ORDER BY a.site_id, a.id LIMIT ?")
			.params(Timestamp.from(now), Timestamp.from(now), limit)
			.query(ArticleRepository::article)
			.stream()
			.forEach(action);
	}

	/** Every article with a published copy: for building the search index. */
	public void forEachPublished(Consumer<Article> action) {
		this.jdbc.sql(ARTICLE + " WHERE a.is_published = TRUE ORDER BY a.id")
			.query(ArticleRepository::article)
			.stream()
			.forEach(action);
	}

	/** Articles with a published copy whose expiry has passed. */
	public List<Long> expired(Instant now) {
		return this.jdbc.sql("SELECT id FROM site_article WHERE is_published = TRUE AND expire_at <= ?")
			.param(Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	public long insert(Article article, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO site_article (site_id, column_id, title, body, service_entry_id, pinned, publish_at,"
					+ " expire_at, state, is_published, created_at, updated_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)")
			.params(article.siteId(), article.columnId(), article.title(), article.body(), article.serviceEntryId(),
					article.pinned(), timestamp(article.publishAt()), timestamp(article.expireAt()),
					article.state().name(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Writes the working copy, its state and its published copy, if the version is still
	 * the stored one.
	 */
	public boolean update(Article article, Instant now) {
		return this.jdbc
			.sql("UPDATE site_article SET column_id = ?, title = ?, body = ?, service_entry_id = ?, pinned = ?,"
					+ " publish_at = ?, expire_at = ?, state = ?, submitted_by = ?, is_published = ?,"
					+ " published_title = ?, published_body = ?, published_at = ?, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?")
			.params(article.columnId(), article.title(), article.body(), article.serviceEntryId(), article.pinned(),
					timestamp(article.publishAt()), timestamp(article.expireAt()), article.state().name(),
					article.submittedBy(), article.published(), article.publishedTitle(), article.publishedBody(),
					timestamp(article.publishedAt()), Timestamp.from(now), article.id(), article.version())
			.update() == 1;
	}

	public void insertVersion(ArticleVersion version) {
		this.jdbc
			.sql("INSERT INTO site_article_version (article_id, version_no, title, body, saved_by, saved_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(version.articleId(), version.number(), version.title(), version.body(), version.savedBy(),
					Timestamp.from(version.savedAt()))
			.update();
	}

	public int nextVersion(long articleId) {
		return this.jdbc.sql("SELECT COALESCE(MAX(version_no), 0) + 1 FROM site_article_version WHERE article_id = ?")
			.param(articleId)
			.query(Integer.class)
			.single();
	}

	public List<ArticleVersion> versions(long articleId) {
		return this.jdbc
			.sql("SELECT article_id, version_no, title, body, saved_by, saved_at FROM site_article_version"
					+ " WHERE article_id = ? ORDER BY version_no")
			.param(articleId)
			.query((rs, row) -> new ArticleVersion(rs.getLong("article_id"), rs.getInt("version_no"),
					rs.getString("title"), rs.getString("body"), rs.getLong("saved_by"),
					rs.getTimestamp("saved_at").toInstant()))
			.list();
	}

	public void insertEvent(ArticleEvent event) {
		this.jdbc
			.sql("INSERT INTO site_article_event (article_id, action, actor_id, actor_name, acted_at, comment)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(event.articleId(), event.action(), event.actorId(), event.actorName(), Timestamp.from(event.at()),
					event.comment())
			.update();
	}

	public List<ArticleEvent> events(long articleId) {
		return this.jdbc
			.sql("SELECT article_id, action, actor_id, actor_name, acted_at, comment FROM site_article_event"
					+ " WHERE article_id = ? ORDER BY id")
			.param(articleId)
			.query((rs, row) -> new ArticleEvent(rs.getLong("article_id"), rs.getString("action"),
					rs.getLong("actor_id"), rs.getString("actor_name"), rs.getTimestamp("acted_at").toInstant(),
					rs.getString("comment")))
			.list();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Article article(ResultSet rs, int row) throws SQLException {
		long service = rs.getLong("service_entry_id");
		Long serviceId = rs.wasNull() ? null : service;
		long submitter = rs.getLong("submitted_by");
		Long submittedBy = rs.wasNull() ? null : submitter;
		return new Article(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("column_id"), rs.getString("title"),
				rs.getString("body"), serviceId, rs.getBoolean("pinned"), instant(rs, "publish_at"),
				instant(rs, "expire_at"), ArticleState.valueOf(rs.getString("state")), submittedBy,
				rs.getBoolean("is_published"), rs.getString("published_title"), rs.getString("published_body"),
				instant(rs, "published_at"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
