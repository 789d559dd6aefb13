package org.shejian.audit;

import java.util.List;

/**
 * Reads and verifies the audit log. Only the audit administrator may reach it.
 */
public interface AuditTrail {

	/**
	 * The newest records before a sequence, newest first.
	 * @param beforeSequence the sequence to start below; {@link Long#MAX_VALUE} for the
	 * newest
	 * @param limit how many records at most
	 */
	List<AuditRecord> latest(long beforeSequence, int limit);

	/**
	 * Walks the whole chain and reports the first link that does not hold.
	 */
	ChainVerification verify();

}
