package org.shejian.sites;

import java.time.Instant;

/**
 * An article as a form or a JSON body gives it.
 *
 * @param columnId the column, which names the site
 * @param title plain text, at most 200 characters
 * @param body rich text, cleaned on save
 * @param serviceEntryId a published map service item, {@code null} for none
 * @param pinned whether it is shown first
 * @param publishAt when it becomes visible, {@code null} for at approval
 * @param expireAt when it stops being visible, {@code null} for never
 * @param version the version changed, ignored on creation
 */
public record ArticleForm(Long columnId, String title, String body, Long serviceEntryId, Boolean pinned,
		Instant publishAt, Instant expireAt, Integer version) {
}
