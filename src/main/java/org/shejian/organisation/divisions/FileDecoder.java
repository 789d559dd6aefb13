package org.shejian.organisation.divisions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.shejian.shared.Problem;
import org.shejian.shared.tabular.Encodings;

/**
 * Decodes a text file from government offices: UTF-8 with or without a byte-order mark,
 * or GBK/GB18030. The decision is taken over the whole byte stream, never from the first
 * rows: a file is UTF-8 only when every byte of it decodes as UTF-8.
 */
final class FileDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private FileDecoder() {
	}

	/**
	 * @param file the file's name, for messages
	 * @param bytes the whole file
	 * @return the text, without a byte-order mark
	 * @throws Problem (400) when the bytes are neither UTF-8 nor GB18030
	 */
	static Decoded decode(String file, byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			String text = strict(StandardCharsets.UTF_8, bytes, 3);
			if (text == null) {
				throw Problem.invalid("import.encoding.badUtf8", file);
			}
			return new Decoded(text, "UTF-8 (BOM)");
		}
		String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
		if (utf8 != null) {
			return new Decoded(utf8, "UTF-8");
		}
		if (Encodings.looksLikeDamagedUtf8(bytes)) {
			throw Problem.invalid("import.encoding.damagedUtf8", file);
		}
		String gb = strict(GB18030, bytes, 0);
		if (gb != null) {
			return new Decoded(gb, "GB18030");
		}
		throw Problem.invalid("import.encoding.unknown", file);
	}

	private static String strict(Charset charset, byte[] bytes, int offset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * @param text the decoded text
	 * @param encoding the encoding that was found
	 */
	record Decoded(String text, String encoding) {
	}

}
