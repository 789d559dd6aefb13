package org.shejian.sites;

import java.time.Instant;

/**
 * An article: its working copy and, once approved, its published copy.
 *
 * @param id its id
 * @param siteId its site
 * @param columnId its column (of the same site)
 * @param title the working title (plain text)
 * @param body the working body (cleaned HTML)
 * @param serviceEntryId a published map service item it links, {@code null} when none
 * @param pinned whether it is shown first
 * @param publishAt when it becomes visible, {@code null} for at approval
 * @param expireAt when it stops being visible, {@code null} for never
 * @param state where the working copy stands
 * @param submittedBy the account that submitted it last, {@code null} when never
 * @param published whether a published copy exists
 * @param publishedTitle the published title, {@code null} when none
 * @param publishedBody the published body, {@code null} when none
 * @param publishedAt when the published copy was approved, {@code null} when none
 * @param updatedAt when it last changed
 * @param version the version a change must carry
 */
public record Article(long id, long siteId, long columnId, String title, String body, Long serviceEntryId,
		boolean pinned, Instant publishAt, Instant expireAt, ArticleState state, Long submittedBy, boolean published,
		String publishedTitle, String publishedBody, Instant publishedAt, Instant updatedAt, int version) {

	/** Whether the public may read it at the instant, its site being live. */
	public boolean isVisibleAt(Instant now) {
		return this.published && (this.publishAt == null || !this.publishAt.isAfter(now))
				&& (this.expireAt == null || this.expireAt.isAfter(now));
	}

	/** When the public could first read the published copy. */
	public Instant visibleSince() {
		if (this.publishedAt == null) {
			return this.publishAt;
		}
		return (this.publishAt != null && this.publishAt.isAfter(this.publishedAt)) ? this.publishAt : this.publishedAt;
	}

}
