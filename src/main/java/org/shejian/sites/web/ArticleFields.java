package org.shejian.sites.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.sites.Article;
import org.shejian.sites.ArticleForm;

/**
 * The article form of the console: times as {@code datetime-local} values in Beijing
 * time.
 */
class ArticleFields {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private Long columnId;

	private String title;

	private String body;

	private Long serviceEntryId;

	private boolean pinned;

	private String publishAt;

	private String expireAt;

	private Integer version;

	static ArticleFields of(Article article) {
		ArticleFields fields = new ArticleFields();
		fields.columnId = article.columnId();
		fields.title = article.title();
		fields.body = article.body();
		fields.serviceEntryId = article.serviceEntryId();
		fields.pinned = article.pinned();
		fields.publishAt = local(article.publishAt());
		fields.expireAt = local(article.expireAt());
		fields.version = article.version();
		return fields;
	}

	ArticleForm toForm() {
		return new ArticleForm(this.columnId, this.title, this.body, this.serviceEntryId, this.pinned,
				instant(this.publishAt, "publishAt"), instant(this.expireAt, "expireAt"), this.version);
	}

	private static String local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, BEIJING).toString() : null;
	}

	private static Instant instant(String value, String field) {
		if (Text.isBlank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(Text.compact(value)).atZone(BEIJING).toInstant();
		}
		catch (DateTimeParseException malformed) {
			throw Problem.invalid("request.parameter", field);
		}
	}

	public Long getColumnId() {
		return this.columnId;
	}

	public void setColumnId(Long columnId) {
		this.columnId = columnId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getServiceEntryId() {
		return this.serviceEntryId;
	}

	public void setServiceEntryId(Long serviceEntryId) {
		this.serviceEntryId = serviceEntryId;
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	public String getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

	public String getExpireAt() {
		return this.expireAt;
	}

	public void setExpireAt(String expireAt) {
		this.expireAt = expireAt;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
