package org.shejian.shared.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as CSV: UTF-8 with a byte-order mark, CRLF line ends, quotes only
 * where a value needs them.
 */
final class CsvRowsWriter implements RowsWriter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Writer out;

	private final CSVPrinter printer;

	private boolean started;

	CsvRowsWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			this.printer = new CSVPrinter(this.out, CSVFormat.RFC4180);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public RowsWriter sheet(String name, List<String> headers) {
		if (this.started) {
			throw new IllegalStateException("A CSV file holds one table");
		}
		this.started = true;
		write(() -> this.out.write('\uFEFF'));
		return row(headers);
	}

	@Override
	public RowsWriter row(List<?> values) {
		if (!this.started) {
			throw new IllegalStateException("Start the table with sheet() first");
		}
		write(() -> {
			for (Object value : values) {
				this.printer.print(text(value));
			}
			this.printer.println();
		});
		return this;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return TabularValues.plainNumber(number);
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof LocalDateTime time) {
			return time.format(DATE_TIME);
		}
		return TabularValues.guardFormula(value.toString());
	}

	@Override
	public void finish() {
		write(() -> {
			if (!this.started) {
				this.out.write('\uFEFF');
				this.started = true;
			}
			this.printer.flush();
		});
	}

	@Override
	public void close() {
		// Nothing to release: the stream belongs to the caller, and what was not flushed
		// by finish() is meant to stay unwritten.
	}

	private static void write(Output output) {
		try {
			output.write();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Output {

		void write() throws IOException;

	}

}
