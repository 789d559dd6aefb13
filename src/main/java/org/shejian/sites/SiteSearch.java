package org.shejian.sites;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shejian.shared.StartupTask;
import org.shejian.shared.Text;
import org.shejian.shared.search.TextDocument;
import org.shejian.shared.search.TextHit;
import org.shejian.shared.search.TextHits;
import org.shejian.shared.search.TextIndex;
import org.shejian.shared.search.TextIndexes;
import org.shejian.sites.internal.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Full-text search over published articles, in the index {@code sites} (key
 * {@code site}). Filled at start from the published copies, following
 * {@link ArticlePublished} and {@link ArticleWithdrawn} (sent after commit), and swept of
 * expired articles on a schedule; every hit is checked against what the public may read
 * now, so an article not yet due, expired, or on a site that is not live is never shown.
 * <p>
 * Limitation: hits removed by that check are not replaced, so a page may hold fewer hits
 * than asked for (lifted by indexing the visibility window and filtering inside the
 * index). The index lives in this process, as the map's does.
 */
@Component
public class SiteSearch extends StartupTask {

	private static final Logger logger = LoggerFactory.getLogger(SiteSearch.class);

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final ArticleRepository articles;

	private final SitePages pages;

	private final TextIndex index;

	private final Clock clock;

	SiteSearch(ArticleRepository articles, SitePages pages, TextIndexes indexes, Clock clock) {
		super(BEFORE_WEB_SERVER + 120);
		this.articles = articles;
		this.pages = pages;
		this.index = indexes.get("sites");
		this.clock = clock;
	}

	/**
	 * A hit the public may read.
	 *
	 * @param articleId the article
	 * @param site the site it belongs to
	 * @param hit the title and snippet, escaped HTML with the matches marked
	 */
	public record Found(long articleId, Site site, TextHit hit) {
	}

	@Override
	protected void run() {
		rebuild();
	}

	/** Reads every published copy again. */
	public synchronized void rebuild() {
		List<TextDocument> documents = new java.util.ArrayList<>();
		this.articles.forEachPublished((article) -> documents.add(document(article)));
		int count = this.index.replaceAll(documents.stream());
		logger.info("Site search index rebuilt with {} articles", count);
	}

	@EventListener
	void on(ArticlePublished published) {
		this.articles.find(published.articleId())
			.filter(Article::published)
			.ifPresent((article) -> this.index.upsert(document(article)));
	}

	@EventListener
	void on(ArticleWithdrawn withdrawn) {
		this.index.delete(String.valueOf(withdrawn.articleId()));
	}

	/** Removes expired articles from the index. */
	@Scheduled(initialDelayString = "${shejian.sites.expiry-sweep-interval:10m}",
			fixedDelayString = "${shejian.sites.expiry-sweep-interval:10m}")
	public void sweepExpired() {
		List<Long> expired = this.articles.expired(this.clock.instant());
		expired.forEach((id) -> this.index.delete(String.valueOf(id)));
		if (!expired.isEmpty()) {
			logger.info("Removed {} expired articles from the site search index", expired.size());
		}
	}

	/**
	 * Ranked hits the public may read.
	 * @param siteId one site, or {@code null} for all live sites
	 */
	public List<Found> search(String query, Long siteId, int offset, int limit) {
		if (Text.isBlank(query)) {
			return List.of();
		}
		Map<String, Set<String>> filters = (siteId != null) ? Map.of("site", Set.of(String.valueOf(siteId))) : Map.of();
		TextHits hits = this.index.search(query, filters, Math.max(0, offset), Math.min(Math.max(1, limit), 50));
		Set<Long> visible = Set
			.copyOf(this.pages.visibleAmong(hits.hits().stream().map((hit) -> Long.valueOf(hit.id())).toList()));
		Map<Long, Site> sites = new HashMap<>();
		return hits.hits().stream().filter((hit) -> visible.contains(Long.valueOf(hit.id()))).map((hit) -> {
			Article article = this.articles.find(Long.parseLong(hit.id())).orElseThrow();
			Site site = sites.computeIfAbsent(article.siteId(), (id) -> this.pages.site(id).orElseThrow());
			return new Found(article.id(), site, hit);
		}).toList();
	}

	private static TextDocument document(Article article) {
		return new TextDocument(String.valueOf(article.id()), article.publishedTitle(),
				RichText.text(article.publishedBody()), Map.of("site", List.of(String.valueOf(article.siteId()))),
				(article.visibleSince() != null) ? article.visibleSince().atZone(BEIJING).toLocalDate() : null);
	}

}
