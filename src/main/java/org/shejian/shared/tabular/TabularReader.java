package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * Reads a table from a CSV or XLSX file one row at a time, in constant memory. The format
 * is told by the file's content, not its name. The first row that is not blank is the
 * header; blank rows are skipped. Every value comes as text ({@link Cell}), so codes and
 * identity numbers keep their digits; values are not normalised, which is left to whoever
 * knows the column (a name keeps its full-width parentheses).
 * <p>
 * Text that {@link RowsWriter} guarded against formulas comes back as it was before:
 * {@code '=1+1} reads as {@code =1+1} (see {@link TabularValues#unguardFormula}).
 * <p>
 * Every problem names the file and, where there is one, the row
 * ({@link Problem#located}).
 *
 * <pre>
 * try (TabularReader reader = TabularReader.open(upload, "名单.xlsx")) {
 *     for (Row row = reader.next(); row != null; row = reader.next()) {
 *         ...
 *     }
 * }
 * </pre>
 */
public final class TabularReader implements AutoCloseable {

	/**
	 * The most columns a header may name: far more than any table of the platform has,
	 * and few enough that a chunk of rows stays small in memory.
	 */
	public static final int MAX_COLUMNS = 1000;

	private final String fileName;

	private final RowSource source;

	private final TabularFormat format;

	private final Row.Header header;

	private final long headerRow;

	private TabularReader(String fileName, RowSource source, TabularFormat format) {
		this.fileName = fileName;
		this.source = source;
		this.format = format;
		List<Cell> first = nextFilled();
		if (first == null) {
			throw Problem.located(fileName, 0, Problem.invalid("tabular.file.empty"));
		}
		this.headerRow = source.number();
		this.header = header(first);
	}

	/**
	 * Opens the first sheet of a workbook, or a CSV file.
	 * @param file the file to read
	 * @param fileName the name people know the file by, for messages
	 * @throws Problem (400) when the file is empty, of a kind not read (legacy .xls,
	 * HTML, binary, UTF-16 text), not decodable, or its header is unusable (a name twice,
	 * more than {@link #MAX_COLUMNS} columns)
	 */
	public static TabularReader open(Path file, String fileName) {
		return open(file, fileName, null);
	}

	/**
	 * Opens the named sheet of a workbook (compared after {@link Text#normalise}), or a
	 * CSV file, which has a single table whatever the name.
	 * @param sheetName {@code null} for the first sheet
	 * @throws Problem (400) as {@link #open(Path, String)}, and when the workbook has no
	 * such sheet
	 */
	public static TabularReader open(Path file, String fileName, String sheetName) {
		TabularFormat format;
		RowSource source;
		try {
			format = TabularFormat.sniff(file);
			source = (format == TabularFormat.XLSX) ? XlsxSource.open(file, sheetName) : CsvSource.open(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Problem problem) {
			throw Problem.located(fileName, 0, problem);
		}
		try {
			return new TabularReader(fileName, source, format);
		}
		catch (RuntimeException ex) {
			source.close();
			throw ex;
		}
	}

	/**
	 * The header's names: trimmed, without byte-order mark, full-width letters and digits
	 * made ASCII ({@link Text#normalise}); blank names after the last real one are
	 * dropped.
	 */
	public List<String> headers() {
		return this.header.names();
	}

	/** The number of the header's row, usually 1. */
	public long headerRow() {
		return this.headerRow;
	}

	/**
	 * @return the next row that is not blank, or {@code null} after the last
	 * @throws Problem (400) located at the row: the file is broken there (a CSV quote
	 * never closed, a damaged sheet), or the row has values in columns the header does
	 * not name
	 */
	public Row next() {
		List<Cell> cells = nextFilled();
		return (cells != null) ? row(cells) : null;
	}

	public TabularFormat format() {
		return this.format;
	}

	/**
	 * What was read, for people and logs: {@code CSV, GB18030} or {@code XLSX, Sheet1}.
	 */
	public String description() {
		return this.source.description();
	}

	@Override
	public void close() {
		this.source.close();
	}

	private static boolean allBlank(List<Cell> cells) {
		for (Cell cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private List<Cell> nextFilled() {
		try {
			List<Cell> cells = this.source.next();
			while (cells != null && allBlank(cells)) {
				cells = this.source.next();
			}
			return cells;
		}
		catch (Problem problem) {
			throw Problem.located(this.fileName, this.source.number(), problem);
		}
	}

	private Row.Header header(List<Cell> cells) {
		int width = lastFilled(cells) + 1;
		if (width > MAX_COLUMNS) {
			throw Problem.located(this.fileName, this.headerRow,
					Problem.invalid("tabular.header.tooManyColumns", width, MAX_COLUMNS));
		}
		List<String> names = new ArrayList<>(width);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < width; i++) {
			String name = Text.normalise(TabularValues.unguardFormula(cells.get(i).text()));
			if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
				throw Problem.located(this.fileName, this.headerRow, Problem.invalid("tabular.header.duplicate", name));
			}
			names.add(name);
		}
		return new Row.Header(Collections.unmodifiableList(names), Collections.unmodifiableMap(columns));
	}

	private Row row(List<Cell> cells) {
		int width = this.header.names().size();
		int filled = lastFilled(cells) + 1;
		if (filled > width) {
			throw Problem.located(this.fileName, this.source.number(),
					Problem.invalid("tabular.row.extraValues", filled, width));
		}
		List<Cell> values = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			values.add((i < cells.size()) ? unguarded(cells.get(i)) : Cell.BLANK);
		}
		return new Row(this.source.number(), this.header, values);
	}

	private static Cell unguarded(Cell cell) {
		String text = TabularValues.unguardFormula(cell.text());
		return (cell.kind() == Cell.Kind.TEXT && !text.equals(cell.text())) ? new Cell(text, cell.kind()) : cell;
	}

	private static int lastFilled(List<Cell> cells) {
		int last = cells.size() - 1;
		while (last >= 0 && cells.get(last).isBlank()) {
			last--;
		}
		return last;
	}

}
