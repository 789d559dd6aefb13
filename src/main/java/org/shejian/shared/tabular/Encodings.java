package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shejian.shared.Problem;

/**
 * Finds the encoding of text files from government offices: UTF-8 with or without a
 * byte-order mark, or GBK/GB18030. The decision is taken over the whole byte stream,
 * never from the first rows: a file is UTF-8 only when every byte of it decodes as UTF-8.
 * Files are read in chunks, so their size does not matter.
 */
public final class Encodings {

	private static final int CHUNK = 64 * 1024;

	private Encodings() {
	}

	/**
	 * Decides the encoding of a text file. An empty file counts as UTF-8.
	 * @throws Problem (400) {@code tabular.encoding.damagedUtf8} with the line of the
	 * first bad byte when the file is UTF-8 with a few bad bytes, or cut inside a
	 * character, rather than another encoding; {@code tabular.encoding.unknown} when the
	 * file is neither UTF-8 nor GB18030
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static Encoding detect(Path file) {
		try {
			return detectIn(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether bytes that are not valid UTF-8 are damaged UTF-8 text rather than text in
	 * another encoding: several well-formed multi-byte UTF-8 characters come before the
	 * first bad byte, or at least one does and the bad bytes are the last (text cut
	 * inside a character).
	 */
	public static boolean looksLikeDamagedUtf8(byte[] bytes) {
		Utf8Scan scan = new Utf8Scan();
		scan.feed(bytes, 0, bytes.length);
		scan.end();
		return scan.looksDamaged(bytes.length);
	}

	private static Encoding detectIn(Path file) throws IOException {
		long size = Files.size(file);
		Utf8Scan scan = new Utf8Scan();
		boolean bom;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] chunk = new byte[CHUNK];
			int length = in.readNBytes(chunk, 0, chunk.length);
			bom = length >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF;
			while (length > 0 && scan.feed(chunk, 0, length)) {
				length = in.read(chunk);
			}
		}
		scan.end();

		if (scan.valid()) {
			return bom ? Encoding.UTF_8_BOM : Encoding.UTF_8;
		}
		if (bom || scan.looksDamaged(size)) {
			throw Problem.invalid("tabular.encoding.damagedUtf8", scan.faultLine());
		}
		if (decodes(file, Encoding.GB18030.charset())) {
			return Encoding.GB18030;
		}
		throw Problem.invalid("tabular.encoding.unknown");
	}

	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
		CharBuffer chars = CharBuffer.allocate(CHUNK);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0));
				bytes.flip();
				if (!decodeAll(decoder, bytes, chars, end)) {
					return false;
				}
				bytes.compact();
			}
		}
		return !decoder.flush(chars).isError();
	}

	private static boolean decodeAll(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
		CoderResult result;
		do {
			chars.clear();
			result = decoder.decode(bytes, chars, end);
			if (result.isError()) {
				return false;
			}
		}
		while (result.isOverflow());
		return true;
	}

}
