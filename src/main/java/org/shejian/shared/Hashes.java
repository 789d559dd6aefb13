package org.shejian.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests, for secrets kept only as their hash (access keys, voter tokens) and
 * for fingerprints of content (ETags, file checksums).
 */
public final class Hashes {

	private Hashes() {
	}

	/** A new SHA-256 digest, for content fed in pieces. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			// every Java platform must provide SHA-256
			throw new IllegalStateException(impossible);
		}
	}

	/** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
	public static String sha256Hex(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
