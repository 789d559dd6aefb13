package org.shejian.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shejian.audit.AuditRecord;

/**
 * The link of a record: HMAC-SHA-256 under the configured key (plain SHA-256 without one)
 * over the previous hash and every field, each prefixed with its length so that no two
 * different records share an input.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(AuditRecord record, String key) {
		try {
			if (key == null || key.isBlank()) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				feed(record, digest::update);
				return HexFormat.of().formatHex(digest.digest());
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			feed(record, mac::update);
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void feed(AuditRecord record, Consumer<byte[]> sink) {
		for (Object field : new Object[] { record.previousHash(), record.sequence(), record.at().toEpochMilli(),
				record.actor(), record.unitId(), record.action(), record.target(), record.before(), record.after(),
				record.source() }) {
			byte[] bytes = (field != null) ? field.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
			sink.accept((((field != null) ? bytes.length : -1) + ":").getBytes(StandardCharsets.US_ASCII));
			sink.accept(bytes);
		}
	}

}
