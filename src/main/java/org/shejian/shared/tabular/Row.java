package org.shejian.shared.tabular;

import java.util.List;
import java.util.Map;

import org.shejian.shared.Text;

/**
 * One row of a table below its header, with as many cells as the header has names (cells
 * the file left out are blank).
 */
public final class Row {

	private final long number;

	private final Header header;

	private final List<Cell> cells;

	Row(long number, Header header, List<Cell> cells) {
		this.number = number;
		this.header = header;
		this.cells = List.copyOf(cells);
	}

	/**
	 * The row's number as a spreadsheet shows it, counting from 1 at the top of the file:
	 * the header is usually row 1. In CSV files blank lines count, and a value spread
	 * over several lines is one row.
	 */
	public long number() {
		return this.number;
	}

	/** The header's names, normalised (see {@link TabularReader#headers()}). */
	public List<String> headers() {
		return this.header.names();
	}

	public List<Cell> cells() {
		return this.cells;
	}

	/**
	 * @param column 0-based; past the last column the cell is blank
	 */
	public Cell cell(int column) {
		return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : Cell.BLANK;
	}

	/** The text of a cell; {@code ""} when blank. */
	public String text(int column) {
		return cell(column).text();
	}

	/**
	 * The text of the cell under a header name, compared after {@link Text#normalise}.
	 * @throws IllegalArgumentException when the header has no such name
	 */
	public String text(String headerName) {
		return text(this.header.column(headerName));
	}

	/** Whether the header has the name, compared after {@link Text#normalise}. */
	public boolean has(String headerName) {
		return this.header.columns().containsKey(Text.normalise(headerName));
	}

	/** Whether the cell held a number in the sheet (see {@link Cell#isNumeric()}). */
	public boolean isNumeric(int column) {
		return cell(column).isNumeric();
	}

	@Override
	public String toString() {
		return "Row " + this.number + " " + this.cells;
	}

	/**
	 * The header's names and the column of each.
	 */
	record Header(List<String> names, Map<String, Integer> columns) {

		int column(String name) {
			Integer column = this.columns.get(Text.normalise(name));
			if (column == null) {
				throw new IllegalArgumentException("No column named " + name + " in " + this.names);
			}
			return column;
		}

	}

}
