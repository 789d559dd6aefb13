package org.shejian.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit log.
 *
 * @param key the secret that keys the chain's hashes (HMAC-SHA-256). Kept outside the
 * database, it stops someone who can write to the database from rebuilding a valid chain
 * after a change. Empty means plain SHA-256, which shows accidental damage and naive
 * edits only.
 */
@ConfigurationProperties("shejian.audit")
public record AuditProperties(String key) {

	public boolean keyed() {
		return this.key != null && !this.key.isBlank();
	}

}
