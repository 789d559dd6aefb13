package org.shejian.audit;

/**
 * Appends records to the audit log. Call it inside the transaction of the write it
 * records, so that the write and its record are stored together or not at all.
 */
public interface AuditLog {

	/**
	 * Records an action of the current user (or of the system when nobody is signed in).
	 * @param action what was done, such as {@code unit.rename}
	 * @param target what it was done to, such as {@code unit:110101}
	 * @param unitId the unit the target belongs to, {@code null} when none
	 * @param before the state before, {@code null} when created
	 * @param after the state after, {@code null} when removed
	 */
	void record(String action, String target, Long unitId, Object before, Object after);

	/**
	 * Records a sign-in attempt, which happens before anybody is signed in.
	 * @param username the name that was given
	 * @param unitId the account's unit when the account exists
	 * @param succeeded whether the attempt succeeded
	 * @param reason why it failed, {@code null} when it succeeded
	 * @param from the address it came from
	 */
	void recordLogin(String username, Long unitId, boolean succeeded, String reason, String from);

}
