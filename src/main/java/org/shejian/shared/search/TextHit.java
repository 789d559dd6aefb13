package org.shejian.shared.search;

import java.time.LocalDate;

/**
 * A document found by {@link TextIndex#search}.
 *
 * @param id the document's id
 * @param title the title as HTML: escaped, with the matches in {@code <mark>}; safe to
 * insert unescaped
 * @param snippet a passage of the body around the best matches (about
 * {@value TextIndex#SNIPPET_LENGTH} characters, {@code …} where it was cut) as HTML:
 * escaped, with the matches in {@code <mark>}; safe to insert unescaped
 * @param date the document's date, {@code null} when it has none
 * @param score the relevance score (only comparable within one search)
 */
public record TextHit(String id, String title, String snippet, LocalDate date, float score) {
}
