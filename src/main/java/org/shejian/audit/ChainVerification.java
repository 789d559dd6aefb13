package org.shejian.audit;

/**
 * The outcome of checking the audit chain.
 *
 * @param records how many records were checked
 * @param firstBroken the sequence of the first record whose link does not hold,
 * {@code null} when the chain is whole
 * @param reason why that link is broken, {@code null} when whole
 */
public record ChainVerification(long records, Long firstBroken, String reason) {

	public boolean intact() {
		return this.firstBroken == null;
	}

}
