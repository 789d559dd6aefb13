package org.shejian.shared.tabular;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.shejian.shared.Problem;

/**
 * Writes tables to a stream, row by row, in constant memory: CSV (UTF-8 with a byte-order
 * mark, so that Excel shows Chinese, and CRLF line ends) or XLSX (a few rows in memory,
 * the rest in compressed temporary files removed on {@link #close()}).
 * <p>
 * Values are written by their type: {@link Number} as a number (a negative one too; in
 * XLSX an exact number of more than 15 significant digits, which a number cell would
 * round, as text), {@link LocalDate} and {@link LocalDateTime} as a date, {@link Boolean}
 * as a boolean, {@code null} as a blank cell, anything else as text. A code or an
 * identity number passed as a {@link String} stays text. Text that a spreadsheet could
 * run as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a
 * leading apostrophe ({@link TabularValues#guardFormula}) in both formats: in XLSX a text
 * cell is never run, but the apostrophe keeps the value inert when the sheet is saved
 * again as CSV, and both formats read back the same. {@link TabularReader} removes it
 * again.
 * <p>
 * The writer never closes the stream it was given. Call {@link #finish()} after the last
 * row; {@link #close()} without it writes nothing more, so that a failed XLSX export is
 * no readable workbook (a CSV export keeps the rows already passed on to the stream).
 *
 * <pre>
 * try (RowsWriter writer = RowsWriter.xlsx(out)) {
 *     writer.sheet("说明", List.of("列", "填写要求")).row("身份证号", "18 位，按文本填写");
 *     writer.sheet("名单", List.of("姓名", "身份证号"));
 *     ...
 *     writer.finish();
 * }
 * </pre>
 */
public interface RowsWriter extends AutoCloseable {

	/**
	 * A CSV writer. CSV holds one table: {@link #sheet} may be called once, and its name
	 * is not written.
	 */
	static RowsWriter csv(OutputStream out) {
		return new CsvRowsWriter(out);
	}

	/** An XLSX writer, with a bold header row on each sheet. */
	static RowsWriter xlsx(OutputStream out) {
		return new XlsxRowsWriter(out);
	}

	/**
	 * Starts a table and writes its header row; rows written next go below it.
	 * @param name the sheet's name; characters Excel does not allow in sheet names are
	 * replaced and it is cut to 31 characters
	 * @throws IllegalStateException for a second table in CSV
	 */
	RowsWriter sheet(String name, List<String> headers);

	/**
	 * Writes a row below the header of the current sheet.
	 * @throws IllegalStateException before the first {@link #sheet}
	 * @throws Problem (400) in XLSX when the sheet is full (1,048,576 rows) or a text is
	 * longer than a cell holds (32,767 characters)
	 */
	RowsWriter row(List<?> values);

	/** Writes a row; see {@link #row(List)}. */
	default RowsWriter row(Object... values) {
		return row(Arrays.asList(values));
	}

	/** Completes the file and flushes it to the stream. */
	void finish();

	/** Releases temporary files; without {@link #finish()} the file stays incomplete. */
	@Override
	void close();

}
