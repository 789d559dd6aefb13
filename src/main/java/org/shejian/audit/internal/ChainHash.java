package org.shejian.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.shejian.audit.AuditRecord;

/**
 * The SHA-256 link of a record: over the previous hash and every field, each prefixed
 * with its length so that no two different records share an input.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(AuditRecord record) {
		MessageDigest digest = sha256();
		for (Object field : new Object[] { record.previousHash(), record.sequence(), record.at().toEpochMilli(),
				record.actor(), record.unitId(), record.action(), record.target(), record.before(), record.after(),
				record.source() }) {
			byte[] bytes = (field != null) ? field.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
			digest.update((((field != null) ? bytes.length : -1) + ":").getBytes(StandardCharsets.US_ASCII));
			digest.update(bytes);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
