package org.shejian.shared.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.XMLHelper;
import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of one worksheet of an XLSX workbook, read as a stream: the sheet's XML is
 * pulled element by element, so a million rows need no more memory than one. A formula
 * cell gives the result Excel last stored for it.
 */
final class XlsxSource implements RowSource {

	private static final Logger logger = LoggerFactory.getLogger(XlsxSource.class);

	private static final int MAX_COLUMNS = 16384;

	/** The most characters a cell holds in Excel. */
	static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final XlsxWorkbook workbook;

	private final XlsxCells cells;

	private final XMLStreamReader xml;

	private long number;

	private XlsxSource(XlsxWorkbook workbook) throws XMLStreamException {
		this.workbook = workbook;
		this.cells = workbook.cells();
		this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook.sheet());
	}

	/**
	 * @param sheetName the sheet to read, {@code null} for the first
	 * @throws Problem (400) when the file is no workbook, or has no such sheet
	 */
	static XlsxSource open(Path file, String sheetName) {
		XlsxWorkbook workbook = XlsxWorkbook.open(file, sheetName);
		try {
			return new XlsxSource(workbook);
		}
		catch (XMLStreamException ex) {
			workbook.close();
			logger.debug("Refused {} as a workbook", file, ex);
			throw Problem.invalid("tabular.format.notWorkbook");
		}
	}

	@Override
	public List<Cell> next() {
		long previous = this.number;
		try {
			while (this.xml.hasNext()) {
				if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
					return row();
				}
			}
			return null;
		}
		catch (XMLStreamException | NumberFormatException ex) {
			this.number = Math.max(this.number, previous + 1);
			logger.debug("Sheet {} broken in row {}", this.workbook.sheetName(), this.number, ex);
			throw Problem.invalid("tabular.xlsx.damaged");
		}
	}

	private List<Cell> row() throws XMLStreamException {
		String reference = this.xml.getAttributeValue(null, "r");
		this.number = (reference != null) ? Long.parseLong(reference.strip()) : this.number + 1;
		List<Cell> row = new ArrayList<>();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
				cell(row);
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
				return row;
			}
		}
		throw new XMLStreamException("Sheet ends inside row " + this.number);
	}

	private void cell(List<Cell> row) throws XMLStreamException {
		int column = column(this.xml.getAttributeValue(null, "r"), row.size());
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		String value = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "v".equals(this.xml.getLocalName())) {
				value = text();
			}
			else if (event == XMLStreamConstants.START_ELEMENT && "is".equals(this.xml.getLocalName())) {
				value = inlineText();
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
				break;
			}
		}
		while (row.size() <= column) {
			row.add(Cell.BLANK);
		}
		row.set(column, this.cells.cell(type, style, value));
	}

	/** The text of an inline string: its runs, without phonetic guides. */
	private String inlineText() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int phonetic = 0;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			String name = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
					? this.xml.getLocalName() : "";
			if (event == XMLStreamConstants.START_ELEMENT) {
				phonetic += "rPh".equals(name) ? 1 : 0;
				if ("t".equals(name) && phonetic == 0) {
					text.append(text());
					if (text.length() > MAX_CELL_TEXT) {
						throw Problem.invalid("tabular.xlsx.cellTooLong", MAX_CELL_TEXT);
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				phonetic -= "rPh".equals(name) ? 1 : 0;
				if ("is".equals(name)) {
					return text.toString();
				}
			}
		}
		throw new XMLStreamException("Sheet ends inside an inline string");
	}

	/**
	 * The text of the element just started, read piece by piece and refused as soon as it
	 * grows past what a cell holds: a small file could otherwise unpack into one value
	 * larger than memory.
	 */
	private String text() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				if (text.length() + this.xml.getTextLength() > MAX_CELL_TEXT) {
					throw Problem.invalid("tabular.xlsx.cellTooLong", MAX_CELL_TEXT);
				}
				text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), this.xml.getTextLength());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				return text.toString();
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				throw new XMLStreamException("Element inside a value");
			}
		}
		throw new XMLStreamException("Sheet ends inside a value");
	}

	/** The 0-based column of a reference such as {@code AB12}, or the next one. */
	private static int column(String reference, int next) throws XMLStreamException {
		if (reference == null) {
			return next;
		}
		int column = 0;
		for (int i = 0; i < reference.length() && column <= MAX_COLUMNS; i++) {
			char letter = Character.toUpperCase(reference.charAt(i));
			if (letter < 'A' || letter > 'Z') {
				break;
			}
			column = column * 26 + (letter - 'A' + 1);
		}
		if (column < 1 || column > MAX_COLUMNS) {
			throw new XMLStreamException("Bad cell reference " + reference);
		}
		return column - 1;
	}

	@Override
	public long number() {
		return this.number;
	}

	@Override
	public String description() {
		return "XLSX, " + this.workbook.sheetName();
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			logger.debug("Closing sheet {} failed", this.workbook.sheetName(), ex);
		}
		finally {
			this.workbook.close();
		}
	}

}
