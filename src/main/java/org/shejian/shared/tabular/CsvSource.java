package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shejian.shared.Problem;

/**
 * The rows of a CSV file (RFC 4180: commas, double quotes, values over several lines) in
 * the encoding {@link Encodings} finds. Every line is a row, blank ones included, so that
 * row numbers are those a spreadsheet shows.
 */
final class CsvSource implements RowSource {

	/** The most characters one row may hold (a quote left open takes in the rest). */
	static final int MAX_ROW_CHARS = 1 << 20;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final Encoding encoding;

	private final RowLengthGuard input;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private long number;

	private CsvSource(Encoding encoding, RowLengthGuard input) throws IOException {
		this.encoding = encoding;
		this.input = input;
		this.parser = CSVParser.parse(input, FORMAT);
		this.records = this.parser.iterator();
	}

	/**
	 * @throws Problem (400) when the file's encoding is unknown or damaged
	 */
	static CsvSource open(Path file) throws IOException {
		Encoding encoding = Encodings.detect(file);
		RowLengthGuard input = new RowLengthGuard(encoding.open(file), MAX_ROW_CHARS);
		try {
			return new CsvSource(encoding, input);
		}
		catch (IOException | RuntimeException ex) {
			input.close();
			throw ex;
		}
	}

	@Override
	public List<Cell> next() {
		this.input.startRow();
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			this.number = record.getRecordNumber();
			List<Cell> cells = new ArrayList<>(record.size());
			record.forEach((value) -> cells.add(new Cell(value, Cell.Kind.TEXT)));
			return cells;
		}
		catch (UncheckedIOException ex) {
			this.number = this.parser.getRecordNumber() + 1;
			throw broken(ex);
		}
	}

	private RuntimeException broken(UncheckedIOException ex) {
		if (ex.getCause() instanceof RowLengthGuard.TooLong) {
			return Problem.invalid("tabular.csv.rowTooLong", MAX_ROW_CHARS);
		}
		if (!(ex.getCause() instanceof CSVException)) {
			return ex;
		}
		return this.input.ended() ? Problem.invalid("tabular.csv.unclosedQuote")
				: Problem.invalid("tabular.csv.strayQuote");
	}

	@Override
	public long number() {
		return this.number;
	}

	@Override
	public String description() {
		return "CSV, " + this.encoding.label();
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
