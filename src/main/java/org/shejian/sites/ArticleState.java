package org.shejian.sites;

/**
 * Where an article's working copy stands.
 */
public enum ArticleState {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED

}
