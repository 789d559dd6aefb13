package org.shejian.shared.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a text file, as {@link Encodings#detect} found it.
 *
 * @param charset the charset that decodes every byte after the byte-order mark
 * @param label the name shown to people, such as {@code UTF-8 (BOM)}
 * @param bomLength the number of bytes of the byte-order mark, 0 when there is none
 */
public record Encoding(Charset charset, String label, int bomLength) {

	public static final Encoding UTF_8 = new Encoding(StandardCharsets.UTF_8, "UTF-8", 0);

	public static final Encoding UTF_8_BOM = new Encoding(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3);

	/** GB18030, of which GBK and GB2312 are subsets. */
	public static final Encoding GB18030 = new Encoding(Charset.forName("GB18030"), "GB18030", 0);

	/**
	 * Opens the file as text in this encoding, after its byte-order mark. A byte that
	 * does not decode makes reading fail rather than become a replacement character.
	 * @return a buffered reader the caller closes
	 */
	public Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(this.bomLength);
			return new BufferedReader(new InputStreamReader(in,
					this.charset.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)));
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

}
