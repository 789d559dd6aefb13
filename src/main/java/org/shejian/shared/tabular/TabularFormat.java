package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shejian.shared.Problem;

/**
 * The kinds of file a {@link TabularReader} reads, told apart by their first bytes rather
 * than by the file's name.
 */
public enum TabularFormat {

	/** Comma-separated text in UTF-8 or GB18030. */
	CSV,

	/** An Office Open XML workbook (.xlsx, also .xlsm and templates). */
	XLSX;

	private static final int SNIFFED = 8192;

	/**
	 * Looks at the start of a file. A ZIP archive is taken for a workbook (the workbook
	 * reader checks that it is one); text is taken for CSV.
	 * @throws Problem (400) {@code tabular.file.empty}; {@code tabular.format.xls} for a
	 * legacy .xls or a password-protected workbook (both are OLE2 containers);
	 * {@code tabular.encoding.utf16} for text in UTF-16 (with its byte-order mark, as
	 * Excel's "Unicode text" is saved), which is refused with the way to save it again;
	 * {@code tabular.format.binary} for other binary files; {@code tabular.format.markup}
	 * for HTML, XML or SVG, which some systems export under an .xls name
	 */
	static TabularFormat sniff(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFFED);
		}
		if (head.length == 0) {
			throw Problem.invalid("tabular.file.empty");
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw Problem.invalid("tabular.format.xls");
		}
		if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
			throw Problem.invalid("tabular.encoding.utf16");
		}
		if (startsWith(head, 'P', 'K', 0x03, 0x04) || startsWith(head, 'P', 'K', 0x05, 0x06)) {
			return XLSX;
		}
		for (byte b : head) {
			if (b == 0) {
				throw Problem.invalid("tabular.format.binary");
			}
		}
		if (firstVisible(head) == '<') {
			throw Problem.invalid("tabular.format.markup");
		}
		return CSV;
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static int firstVisible(byte[] head) {
		int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
			i++;
		}
		return (i < head.length) ? head[i] : -1;
	}

}
