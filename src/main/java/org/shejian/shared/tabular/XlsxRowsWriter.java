package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shejian.shared.Problem;

/**
 * Writes sheets of an XLSX workbook through POI's streaming workbook: only the last
 * {@link #WINDOW} rows stay in memory, the others go to compressed temporary files.
 */
final class XlsxRowsWriter implements RowsWriter {

	static final int WINDOW = 100;

	private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final CellStyle bold;

	private final CellStyle date;

	private final CellStyle dateTime;

	private SXSSFSheet sheet;

	private int nextRow;

	XlsxRowsWriter(OutputStream out) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		this.bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold.setFont(font);
		this.date = dateStyle("yyyy-mm-dd");
		this.dateTime = dateStyle("yyyy-mm-dd hh:mm:ss");
	}

	private CellStyle dateStyle(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	@Override
	public RowsWriter sheet(String name, List<String> headers) {
		this.sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		SXSSFRow row = this.sheet.createRow(0);
		for (int column = 0; column < headers.size(); column++) {
			String header = Objects.requireNonNullElse(headers.get(column), "");
			SXSSFCell cell = row.createCell(column);
			text(cell, TabularValues.guardFormula(header));
			cell.setCellStyle(this.bold);
			this.sheet.setColumnWidth(column, width(header));
		}
		this.sheet.createFreezePane(0, 1);
		this.nextRow = 1;
		return this;
	}

	/** Room for the header, counting a Chinese character as two. */
	private static int width(String header) {
		int units = (header != null) ? header.codePoints().map((c) -> (c < 0x1100) ? 1 : 2).sum() : 0;
		return Math.min(Math.max(units + 2, 10), 60) * 256;
	}

	@Override
	public RowsWriter row(List<?> values) {
		if (this.sheet == null) {
			throw new IllegalStateException("Start a sheet with sheet() first");
		}
		if (this.nextRow >= MAX_ROWS) {
			throw Problem.invalid("tabular.xlsx.tooManyRows", MAX_ROWS);
		}
		SXSSFRow row = this.sheet.createRow(this.nextRow++);
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			if (value != null) {
				write(row.createCell(column), value);
			}
		}
		return this;
	}

	private void write(SXSSFCell cell, Object value) {
		if (value instanceof Number number && TabularValues.fitsExcel(number)) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Number number) {
			text(cell, TabularValues.plainNumber(number));
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(this.date);
		}
		else if (value instanceof LocalDateTime time) {
			cell.setCellValue(time);
			cell.setCellStyle(this.dateTime);
		}
		else {
			text(cell, TabularValues.guardFormula(value.toString()));
		}
	}

	private static void text(SXSSFCell cell, String text) {
		if (text.length() > MAX_TEXT) {
			throw Problem.invalid("tabular.xlsx.textTooLong", MAX_TEXT);
		}
		cell.setCellValue(text);
	}

	@Override
	public void finish() {
		try {
			this.workbook.write(this.out);
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		// Temporary files first: closing alone fails on rows not yet flushed (POI 5.5).
		this.workbook.dispose();
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
