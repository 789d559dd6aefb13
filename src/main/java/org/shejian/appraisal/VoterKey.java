package org.shejian.appraisal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shejian.appraisal.internal.VoterRepository;
import org.shejian.audit.AuditProperties;
import org.shejian.shared.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The secret behind voter pseudonyms and code hashes: {@code shejian.appraisal.voter-key}
 * when set, else derived from the audit key, else generated once and stored in the
 * database (with a warning: whoever reads the database could then test phone numbers).
 */
@Component
class VoterKey {

	private static final Logger logger = LoggerFactory.getLogger(VoterKey.class);

	private final byte[] key;

	VoterKey(AppraisalProperties properties, AuditProperties audit, VoterRepository repository) {
		if (properties.voterKey() != null && !properties.voterKey().isBlank()) {
			this.key = properties.voterKey().getBytes(StandardCharsets.UTF_8);
		}
		else if (audit.keyed()) {
			this.key = mac(audit.key().getBytes(StandardCharsets.UTF_8), "shejian.appraisal.voter-key");
		}
		else {
			byte[] candidate = new byte[32];
			new SecureRandom().nextBytes(candidate);
			String stored = repository.secret("voter-key", Base64.getEncoder().encodeToString(candidate));
			this.key = Base64.getDecoder().decode(stored);
			logger.warn("No voter key and no audit key set: the appraisal uses a key stored in the database."
					+ " Set SHEJIAN_APPRAISAL_VOTER_KEY in production.");
		}
	}

	/** The HMAC-SHA-256 of the text under the key, in hex. */
	String hmac(String text) {
		return HexFormat.of().formatHex(mac(this.key, text));
	}

	static String sha256(String text) {
		return Hashes.sha256Hex(text);
	}

	private static byte[] mac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
