package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * An XLSX workbook opened for reading one of its sheets: the package is read from the
 * file in place (no copy in memory), checked to be a workbook, and the sheet's XML is
 * handed out as a stream, with what its cells need (shared strings, styles, date system).
 * <p>
 * Limitation: the shared-string table (each distinct text of the workbook, once) is held
 * in memory, as POI reads it; memory grows with the number of distinct texts, not of rows
 * (lifted when the table is kept in a temporary file). A table whose XML unpacks to more
 * than {@link #MAX_SHARED_STRINGS} bytes is refused.
 */
final class XlsxWorkbook implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(XlsxWorkbook.class);

	private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

	/** The most bytes of shared-string XML read into memory. */
	static final long MAX_SHARED_STRINGS = 256L * 1024 * 1024;

	private final OPCPackage workbook;

	private final String sheetName;

	private final InputStream sheet;

	private final XlsxCells cells;

	private XlsxWorkbook(OPCPackage workbook, String wanted)
			throws IOException, OpenXML4JException, SAXException, XMLStreamException {
		this.workbook = workbook;
		XSSFReader reader = new XSSFReader(workbook);
		Sheet chosen = choose(reader, wanted);
		this.sheetName = chosen.name();
		this.sheet = chosen.data();
		requireSharedStringsFit(workbook);
		this.cells = new XlsxCells(new ReadOnlySharedStringsTable(workbook, false), reader.getStylesTable(),
				date1904(reader));
	}

	/**
	 * @param sheetName the sheet to read, compared after {@link Text#normalise};
	 * {@code null} for the first
	 * @throws Problem (400) when the file is no workbook, or has no such sheet
	 */
	static XlsxWorkbook open(Path file, String sheetName) {
		OPCPackage workbook = openPackage(file);
		try {
			return new XlsxWorkbook(workbook, sheetName);
		}
		catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException ex) {
			workbook.revert();
			throw notWorkbook(file, ex);
		}
		catch (RuntimeException ex) {
			workbook.revert();
			throw ex;
		}
	}

	String sheetName() {
		return this.sheetName;
	}

	/** The sheet's XML, closed with the workbook. */
	InputStream sheet() {
		return this.sheet;
	}

	XlsxCells cells() {
		return this.cells;
	}

	@Override
	public void close() {
		try {
			this.sheet.close();
		}
		catch (IOException ex) {
			logger.debug("Closing sheet {} failed", this.sheetName, ex);
		}
		finally {
			this.workbook.revert();
		}
	}

	private static OPCPackage openPackage(Path file) {
		requireContentTypes(file);
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | UnsupportedFileFormatException | OpenXML4JRuntimeException ex) {
			throw notWorkbook(file, ex);
		}
		if (!isWorkbook(workbook)) {
			workbook.revert();
			throw Problem.invalid("tabular.format.notWorkbook");
		}
		return workbook;
	}

	/**
	 * Checks the archive's directory first: POI would read an archive without one
	 * (damaged or cut off) entry by entry into memory.
	 */
	private static void requireContentTypes(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				throw Problem.invalid("tabular.format.notWorkbook");
			}
		}
		catch (ZipException ex) {
			throw notWorkbook(file, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Refuses a shared-string table whose XML unpacks to more than
	 * {@link #MAX_SHARED_STRINGS} bytes before it is read into memory: a small file could
	 * unpack into more text than memory holds.
	 */
	private static void requireSharedStringsFit(OPCPackage workbook) {
		for (PackagePart part : workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
			if (part.getSize() > MAX_SHARED_STRINGS) {
				throw Problem.invalid("tabular.xlsx.tooManyStrings", MAX_SHARED_STRINGS / (1024 * 1024));
			}
		}
	}

	private static boolean isWorkbook(OPCPackage workbook) {
		try {
			PackageRelationshipCollection main = workbook
				.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
			PackagePart part = (main.isEmpty()) ? null : workbook.getPart(main.getRelationship(0));
			return part != null && WORKBOOK_TYPES.contains(part.getContentType());
		}
		catch (OpenXML4JRuntimeException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static Sheet choose(XSSFReader reader, String wanted) throws IOException, OpenXML4JException {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		List<String> others = new ArrayList<>();
		while (sheets.hasNext()) {
			InputStream data = sheets.next();
			if (wanted == null || Text.normalise(wanted).equals(Text.normalise(sheets.getSheetName()))) {
				return new Sheet(sheets.getSheetName(), data);
			}
			data.close();
			others.add(sheets.getSheetName());
		}
		throw (wanted != null) ? Problem.invalid("tabular.sheet.missing", wanted, String.join("、", others))
				: Problem.invalid("tabular.file.empty");
	}

	/**
	 * Whether the workbook counts days from 1904 (old Mac workbooks) rather than 1900.
	 */
	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
					String value = xml.getAttributeValue(null, "date1904");
					return "1".equals(value) || "true".equals(value);
				}
			}
			return false;
		}
	}

	private static Problem notWorkbook(Path file, Exception ex) {
		logger.debug("Refused {} as a workbook", file, ex);
		return Problem.invalid("tabular.format.notWorkbook");
	}

	private record Sheet(String name, InputStream data) {
	}

}
