package org.shejian.audit;

/**
 * The outcome of checking the audit chain.
 *
 * @param records how many records were checked
 * @param firstBroken the sequence of the first record whose link does not hold,
 * {@code null} when the chain is whole
 * @param reason the message key of why that link is broken (its argument is
 * {@code firstBroken}), {@code null} when whole
 */
public record ChainVerification(long records, Long firstBroken, String reason) {

	/** A record of the sequence is missing. */
	public static final String MISSING = "audit.reason.sequence";

	/** A record does not link to the hash of the one before. */
	public static final String PREVIOUS = "audit.reason.previous";

	/** A record's contents no longer match its hash. */
	public static final String CONTENTS = "audit.reason.contents";

	/** Records after the last one found are gone. */
	public static final String TAIL = "audit.reason.tail";

	public boolean intact() {
		return this.firstBroken == null;
	}

}
