package org.shejian.sites;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shejian.audit.AuditLog;
import org.shejian.map.EntryKind;
import org.shejian.map.MapEntries;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.sites.internal.ArticleRepository;
import org.shejian.sites.internal.SiteRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Articles as staff write and review them. Editors ({@link Role#ORGANISATION_EDITORS}
 * whose subtree covers the site's unit) draft, change, submit and withdraw; reviewers
 * (street, district and city administrators whose subtree covers it) approve, which
 * publishes, or return with a comment; nobody approves their own submission. The site of
 * an article is the site of its column, checked against the actor's scope on every write,
 * so a column id of another site is "not found". Every save keeps a version; every
 * transition is an event of the article and a record of the audit log.
 */
@Service
@Transactional
public class Articles {

	/** The most articles one list holds. */
	public static final int MAX_LIST = 200;

	private static final List<Role> REVIEWERS = List.of(Role.STREET_ADMIN, Role.DISTRICT_ADMIN, Role.CITY_ADMIN);

	private final ArticleRepository articles;

	private final SiteRepository sites;

	private final Units units;

	private final UnitScope scope;

	private final MapEntries map;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Articles(ArticleRepository articles, SiteRepository sites, Units units, UnitScope scope, MapEntries map,
			AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.articles = articles;
		this.sites = sites;
		this.units = units;
		this.scope = scope;
		this.map = map;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	// ---------------------------------------------------------------- reads

	/**
	 * @throws Problem (404) when there is no such article in the actor's scope
	 */
	@Transactional(readOnly = true)
	public Article article(Actor actor, long id) {
		return this.articles.find(id)
			.filter((article) -> covers(actor, article.siteId()))
			.orElseThrow(() -> Problem.notFound("site.article.notFound", id));
	}

	/** The working copies of a site in the actor's scope, newest change first. */
	@Transactional(readOnly = true)
	public List<Article> ofSite(Actor actor, long siteId) {
		if (!covers(actor, siteId)) {
			throw Problem.notFound("site.notFound", siteId);
		}
		return this.articles.ofSite(siteId, MAX_LIST);
	}

	/** Submitted articles the actor may decide on, oldest first. */
	@Transactional(readOnly = true)
	public List<QueuedArticle> reviewQueue(Actor actor) {
		if (!isReviewer(actor)) {
			return List.of();
		}
		return this.articles.submittedWithin(this.units.subtreeCondition("unit_id", actor.unitId()), MAX_LIST);
	}

	@Transactional(readOnly = true)
	public List<ArticleVersion> versions(Actor actor, long id) {
		return this.articles.versions(article(actor, id).id());
	}

	@Transactional(readOnly = true)
	public List<ArticleEvent> history(Actor actor, long id) {
		return this.articles.events(article(actor, id).id());
	}

	/**
	 * The differences between two saved versions, as unified diff lines.
	 * @throws Problem (404) for a version the article does not have
	 */
	@Transactional(readOnly = true)
	public List<String> diff(Actor actor, long id, int from, int to) {
		List<ArticleVersion> versions = versions(actor, id);
		ArticleVersion older = version(versions, id, from);
		ArticleVersion newer = version(versions, id, to);
		return RichText.diff("v" + from, older.title(), older.body(), "v" + to, newer.title(), newer.body());
	}

	/** Whether the actor may approve or return the article now. */
	public boolean mayReview(Actor actor, Article article) {
		return article.state() == ArticleState.SUBMITTED && isReviewer(actor) && covers(actor, article.siteId())
				&& !Long.valueOf(actor.userId()).equals(article.submittedBy());
	}

	// ---------------------------------------------------------------- editors

	public Article create(Actor actor, ArticleForm form) {
		requireEditor(actor);
		SiteColumn column = scopedColumn(actor, form.columnId());
		Article draft = draft(form, 0, column, ArticleState.DRAFT, null);

		long id = this.articles.insert(draft, now());
		Article stored = this.articles.find(id).orElseThrow();
		saved(actor, stored);
		event(actor, stored, "CREATE", null);
		this.audit.record("site.article.create", target(id), unitOf(stored), null, stored);
		return stored;
	}

	/**
	 * Changes the working copy of a draft, a returned or a published article (the
	 * published copy stays until the change is approved); the column must be one of the
	 * same site.
	 */
	public Article change(Actor actor, long id, ArticleForm form) {
		requireEditor(actor);
		Article before = article(actor, id);
		requireVersion(form.version(), before);
		if (before.state() == ArticleState.SUBMITTED) {
			throw Problem.conflict("site.article.underReview", id);
		}
		SiteColumn column = scopedColumn(actor, (form.columnId() != null) ? form.columnId() : before.columnId());
		if (column.siteId() != before.siteId()) {
			throw Problem.notFound("site.column.notFound", column.id());
		}
		Article changed = draft(form, id, column, ArticleState.DRAFT, before);

		Article after = store(changed);
		saved(actor, after);
		event(actor, after, "CHANGE", null);
		this.audit.record("site.article.change", target(id), unitOf(after), before, after);
		return after;
	}

	public Article submit(Actor actor, long id, Integer version) {
		requireEditor(actor);
		Article before = article(actor, id);
		requireVersion(version, before);
		if (before.state() != ArticleState.DRAFT && before.state() != ArticleState.RETURNED) {
			throw Problem.conflict("site.article.state", Problem.label("site.article.state." + before.state()));
		}
		Article after = store(with(before, ArticleState.SUBMITTED, actor.userId(), before.published(),
				before.publishedTitle(), before.publishedBody(), before.publishedAt()));
		event(actor, after, "SUBMIT", null);
		this.audit.record("site.article.submit", target(id), unitOf(after), before.state(), after.state());
		return after;
	}

	/**
	 * Removes the published copy; the working copy stays as a draft.
	 */
	public Article withdraw(Actor actor, long id, Integer version, String reason) {
		if (!isReviewer(actor)) {
			requireEditor(actor);
		}
		Article before = article(actor, id);
		requireVersion(version, before);
		if (!before.published()) {
			throw Problem.conflict("site.article.notPublished", id);
		}
		ArticleState state = (before.state() == ArticleState.PUBLISHED) ? ArticleState.DRAFT : before.state();
		Article after = store(with(before, state, before.submittedBy(), false, null, null, null));
		event(actor, after, "WITHDRAW", RichText.plainProse(reason, 2000));
		this.audit.record("site.article.withdraw", target(id), unitOf(after), before, after);
		afterCommit(new ArticleWithdrawn(id));
		return after;
	}

	// ---------------------------------------------------------------- reviewers

	/**
	 * Publishes a submitted article: its working copy becomes the published copy.
	 * @throws Problem (404) outside the actor's scope, (403) for a non-reviewer or the
	 * submitter, (409) when it is not submitted or has changed since
	 */
	public Article approve(Actor actor, long id, Integer version) {
		Article before = reviewable(actor, id, version);

		Article after = store(
				with(before, ArticleState.PUBLISHED, before.submittedBy(), true, before.title(), before.body(), now()));
		event(actor, after, "APPROVE", null);
		this.audit.record("site.article.approve", target(id), unitOf(after), before, after);
		afterCommit(new ArticlePublished(id));
		return after;
	}

	/**
	 * Returns a submitted article to its editors with a comment (required, plain text).
	 */
	public Article returnToEditors(Actor actor, long id, Integer version, String comment) {
		String checked = RichText.plainProse(comment, 2000);
		if (checked == null) {
			throw Problem.invalid("site.article.comment.missing");
		}
		Article before = reviewable(actor, id, version);

		Article after = store(with(before, ArticleState.RETURNED, before.submittedBy(), before.published(),
				before.publishedTitle(), before.publishedBody(), before.publishedAt()));
		event(actor, after, "RETURN", checked);
		this.audit.record("site.article.return", target(id), unitOf(after), before.state(), checked);
		return after;
	}

	// ---------------------------------------------------------------- steps

	private Article reviewable(Actor actor, long id, Integer version) {
		if (!isReviewer(actor)) {
			throw Problem.forbidden("role.missing");
		}
		Article before = article(actor, id);
		requireVersion(version, before);
		if (before.state() != ArticleState.SUBMITTED) {
			throw Problem.conflict("site.article.state", Problem.label("site.article.state." + before.state()));
		}
		if (Long.valueOf(actor.userId()).equals(before.submittedBy())) {
			throw Problem.forbidden("site.article.ownSubmission");
		}
		return before;
	}

	private Article draft(ArticleForm form, long id, SiteColumn column, ArticleState state, Article before) {
		String title = RichText.plain(form.title(), 200);
		String body = RichText.clean(form.body(), siteCode(column.siteId()));
		if (form.serviceEntryId() != null) {
			this.map.published(form.serviceEntryId())
				.filter((entry) -> entry.kind() == EntryKind.SERVICE)
				.orElseThrow(() -> Problem.invalid("site.article.service.notPublished", form.serviceEntryId()));
		}
		if (form.publishAt() != null && form.expireAt() != null && !form.expireAt().isAfter(form.publishAt())) {
			throw Problem.invalid("site.article.expiry.beforePublication");
		}
		return new Article(id, column.siteId(), column.id(), title, body, form.serviceEntryId(),
				Boolean.TRUE.equals(form.pinned()), form.publishAt(), form.expireAt(), state,
				(before != null) ? before.submittedBy() : null, before != null && before.published(),
				(before != null) ? before.publishedTitle() : null, (before != null) ? before.publishedBody() : null,
				(before != null) ? before.publishedAt() : null, now(), (before != null) ? before.version() : 0);
	}

	private static Article with(Article a, ArticleState state, Long submittedBy, boolean published,
			String publishedTitle, String publishedBody, Instant publishedAt) {
		return new Article(a.id(), a.siteId(), a.columnId(), a.title(), a.body(), a.serviceEntryId(), a.pinned(),
				a.publishAt(), a.expireAt(), state, submittedBy, published, publishedTitle, publishedBody, publishedAt,
				a.updatedAt(), a.version());
	}

	private SiteColumn scopedColumn(Actor actor, Long columnId) {
		if (columnId == null) {
			throw Problem.invalid("site.column.missing");
		}
		return this.sites.column(columnId)
			.filter((column) -> covers(actor, column.siteId()))
			.orElseThrow(() -> Problem.notFound("site.column.notFound", columnId));
	}

	private String siteCode(long siteId) {
		return this.sites.find(siteId).map(Site::code).orElse(null);
	}

	private boolean covers(Actor actor, long siteId) {
		return this.sites.find(siteId).filter((site) -> this.scope.covers(actor, site.unitId())).isPresent();
	}

	private Article store(Article changed) {
		if (!this.articles.update(changed, now())) {
			throw Problem.conflict("record.stale", target(changed.id()));
		}
		return this.articles.find(changed.id()).orElseThrow();
	}

	private void saved(Actor actor, Article article) {
		this.articles.insertVersion(new ArticleVersion(article.id(), this.articles.nextVersion(article.id()),
				article.title(), article.body(), actor.userId(), now()));
	}

	private void event(Actor actor, Article article, String action, String comment) {
		this.articles
			.insertEvent(new ArticleEvent(article.id(), action, actor.userId(), actor.username(), now(), comment));
	}

	private void afterCommit(Object event) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Articles.this.events.publishEvent(event);
				}
			});
		}
	}

	private Long unitOf(Article article) {
		return this.sites.find(article.siteId()).map(Site::unitId).orElse(null);
	}

	private static ArticleVersion version(List<ArticleVersion> versions, long id, int number) {
		return versions.stream()
			.filter((version) -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("site.article.version.notFound", id, number));
	}

	private static boolean isReviewer(Actor actor) {
		return REVIEWERS.stream().anyMatch(actor::has);
	}

	private static void requireEditor(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.ORGANISATION_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void requireVersion(Integer given, Article current) {
		if (given == null) {
			throw Problem.invalid("version.missing");
		}
		if (given != current.version()) {
			throw Problem.conflict("record.stale", target(current.id()));
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String target(long id) {
		return "article:" + id;
	}

}
