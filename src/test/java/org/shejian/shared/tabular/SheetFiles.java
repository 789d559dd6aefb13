package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets no spreadsheet program would write: a workbook POI wrote, with the XML of
 * its first sheet replaced by the test's own.
 */
public final class SheetFiles {

	private SheetFiles() {
	}

	/**
	 * Writes {@code name} into the folder: a valid workbook whose first sheet is
	 * {@code sheetXml}, as given.
	 */
	public static Path withSheet(Path folder, String name, String sheetXml) throws IOException {
		Path source = folder.resolve("source-" + name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(source)) {
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("名称");
			workbook.write(out);
		}
		Path target = folder.resolve(name);
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write(sheetXml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					zip.getInputStream(entry).transferTo(out);
				}
				out.closeEntry();
			}
		}
		return target;
	}

}
