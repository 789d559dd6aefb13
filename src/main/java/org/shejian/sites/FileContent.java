package org.shejian.sites;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.shejian.shared.Problem;

import org.springframework.http.HttpStatus;

/**
 * What an uploaded file is, judged by its bytes alone: Apache Tika's detector reads them
 * without the file's name, Office containers are told apart by their entries, and the
 * name's extension must then agree with what was found. Images are measured from their
 * headers, never decoded whole.
 */
final class FileContent {

	/** The longest file name kept, in characters. */
	static final int MAX_NAME = 200;

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	private static final Map<String, Allowed> ALLOWED = Map.ofEntries(
			Map.entry("image/png", new Allowed(SiteFileKind.IMAGE, "png")),
			Map.entry("image/jpeg", new Allowed(SiteFileKind.IMAGE, "jpg", "jpeg", "jpe")),
			Map.entry("image/gif", new Allowed(SiteFileKind.IMAGE, "gif")),
			Map.entry("image/webp", new Allowed(SiteFileKind.IMAGE, "webp")),
			Map.entry("application/pdf", new Allowed(SiteFileKind.ATTACHMENT, "pdf")),
			Map.entry(DOCX, new Allowed(SiteFileKind.ATTACHMENT, "docx")),
			Map.entry(XLSX, new Allowed(SiteFileKind.ATTACHMENT, "xlsx")),
			Map.entry(PPTX, new Allowed(SiteFileKind.ATTACHMENT, "pptx")),
			Map.entry("application/msword", new Allowed(SiteFileKind.ATTACHMENT, "doc")),
			Map.entry("application/vnd.ms-excel", new Allowed(SiteFileKind.ATTACHMENT, "xls")),
			Map.entry("text/plain", new Allowed(SiteFileKind.ATTACHMENT, "txt", "text", "csv", "md", "log")),
			Map.entry("application/zip", new Allowed(SiteFileKind.ATTACHMENT, "zip")));

	/** Markup that has no business inside a raster image (an image/HTML polyglot). */
	private static final Pattern MARKUP = Pattern
		.compile("<(html|script|svg|body|iframe|object|embed|!doctype|meta|head)[\\s>/]", Pattern.CASE_INSENSITIVE);

	private final Detector detector = new DefaultDetector();

	private final SiteUploadProperties limits;

	FileContent(SiteUploadProperties limits) {
		this.limits = limits;
	}

	/**
	 * What a file found acceptable is.
	 *
	 * @param mediaType the detected media type
	 * @param kind image or attachment
	 * @param width pixels across, {@code null} for an attachment
	 * @param height pixels down, {@code null} for an attachment
	 */
	record Detected(String mediaType, SiteFileKind kind, Integer width, Integer height) {
	}

	private record Allowed(SiteFileKind kind, Set<String> extensions) {

		Allowed(SiteFileKind kind, String... extensions) {
			this(kind, Set.of(extensions));
		}

	}

	/**
	 * Checks a received file of the given size against the allowed types, its name, the
	 * size limit of its kind and, for an image, its dimensions.
	 * @throws Problem (400) naming what the content is when it is refused, (413) naming
	 * the limit when it is too large
	 */
	Detected check(Path file, String name, long size) throws IOException {
		String mediaType = detect(file);
		Allowed allowed = ALLOWED.get(mediaType);
		if (allowed == null) {
			throw Problem.invalid("site.file.type", mediaType, name);
		}
		String extension = extension(name);
		if (extension != null && !allowed.extensions().contains(extension)) {
			throw Problem.invalid("site.file.nameMismatch", extension, mediaType);
		}
		long limit = this.limits.maxSize(allowed.kind());
		if (size > limit) {
			throw tooLarge(allowed.kind(), limit);
		}
		if (allowed.kind() == SiteFileKind.ATTACHMENT) {
			return new Detected(mediaType, SiteFileKind.ATTACHMENT, null, null);
		}
		refuseMarkup(file, mediaType);
		int[] dimensions = "image/webp".equals(mediaType) ? webpSize(file) : headerSize(file, mediaType);
		checkDimensions(dimensions[0], dimensions[1]);
		return new Detected(mediaType, SiteFileKind.IMAGE, dimensions[0], dimensions[1]);
	}

	static Problem tooLarge(SiteFileKind kind, long limit) {
		return new Problem(HttpStatus.CONTENT_TOO_LARGE, "site.file.tooLarge", Problem.label("site.file.kind." + kind),
				limit / (1024 * 1024));
	}

	/**
	 * The name a file is offered under: the last segment of what the browser sent,
	 * normalised (NFC), without control or formatting characters (such as a right-to-left
	 * override), at most {@link #MAX_NAME} characters.
	 * @throws Problem (400) when it is missing, carries such characters or is too long
	 */
	static String name(String submitted) {
		if (submitted == null || submitted.isBlank()) {
			throw Problem.invalid("site.file.name.missing");
		}
		if (submitted.codePoints().anyMatch(FileContent::isHidden)) {
			throw Problem.invalid("site.file.name.control");
		}
		String segment = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
		String name = Normalizer.normalize(segment, Normalizer.Form.NFC).strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw Problem.invalid("site.file.name.missing");
		}
		if (name.length() > MAX_NAME) {
			throw Problem.invalid("site.file.name.tooLong", MAX_NAME);
		}
		return name;
	}

	private static boolean isHidden(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0 && dot < name.length() - 1) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : null;
	}

	private String detect(Path file) throws IOException {
		String detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = this.detector.detect(in, new Metadata()).getBaseType().toString();
		}
		return switch (detected) {
			case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(file, detected);
			case "application/x-tika-msoffice" -> oleOffice(file);
			default -> detected;
		};
	}

	/** A ZIP container: a Word, Excel or PowerPoint document by its entries, else ZIP. */
	private static String officeOpenXml(Path file, String detected) {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return detected;
			}
			if (zip.getEntry("word/document.xml") != null) {
				return DOCX;
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return XLSX;
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return PPTX;
			}
			return "application/x-tika-ooxml";
		}
		catch (IOException | IllegalArgumentException damaged) {
			throw Problem.invalid("site.file.damaged", detected);
		}
	}

	/** An OLE2 container: a Word or Excel document by its streams. */
	private static String oleOffice(Path file) {
		try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole.getRoot();
			if (root.hasEntry("WordDocument")) {
				return "application/msword";
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return "application/vnd.ms-excel";
			}
			return "application/x-tika-msoffice";
		}
		catch (IOException | RuntimeException damaged) {
			throw Problem.invalid("site.file.damaged", "application/x-tika-msoffice");
		}
	}

	private static void refuseMarkup(Path file, String mediaType) throws IOException {
		String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		if (MARKUP.matcher(text).find()) {
			throw Problem.invalid("site.file.image.markup", mediaType);
		}
	}

	private static int[] headerSize(Path file, String mediaType) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
			if (in == null || !readers.hasNext()) {
				throw Problem.invalid("site.file.image.unreadable", mediaType);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			catch (IOException | RuntimeException unreadable) {
				throw Problem.invalid("site.file.image.unreadable", mediaType);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The canvas of a WebP image from its first chunk (the JDK has no WebP reader): VP8X
	 * (extended), VP8 (lossy) or VP8L (lossless).
	 */
	static int[] webpSize(Path file) throws IOException {
		byte[] head = new byte[30];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, head.length) < head.length) {
				throw Problem.invalid("site.file.image.unreadable", "image/webp");
			}
		}
		String chunk = new String(head, 12, 4, StandardCharsets.ISO_8859_1);
		return switch (chunk) {
			case "VP8X" -> new int[] { 1 + little(head, 24, 3), 1 + little(head, 27, 3) };
			case "VP8 " -> {
				if ((head[23] & 0xff) != 0x9d || head[24] != 0x01 || head[25] != 0x2a) {
					throw Problem.invalid("site.file.image.unreadable", "image/webp");
				}
				yield new int[] { little(head, 26, 2) & 0x3fff, little(head, 28, 2) & 0x3fff };
			}
			case "VP8L" -> {
				if (head[20] != 0x2f) {
					throw Problem.invalid("site.file.image.unreadable", "image/webp");
				}
				int bits = little(head, 21, 4);
				yield new int[] { (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1 };
			}
			default -> throw Problem.invalid("site.file.image.unreadable", "image/webp");
		};
	}

	private static int little(byte[] bytes, int offset, int length) {
		int value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[offset + i] & 0xff);
		}
		return value;
	}

	private void checkDimensions(int width, int height) {
		if (width <= 0 || height <= 0) {
			throw Problem.invalid("site.file.image.unreadable", width + "×" + height);
		}
		if (width > this.limits.maxSide() || height > this.limits.maxSide()) {
			throw Problem.invalid("site.file.image.tooWide", width, height, this.limits.maxSide());
		}
		if ((long) width * height > this.limits.maxPixels()) {
			throw Problem.invalid("site.file.image.tooManyPixels", width, height, this.limits.maxPixels());
		}
	}

}
