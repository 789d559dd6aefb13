package org.shejian.sites;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * The content of files for upload tests, good and hostile, made in memory.
 */
final class SiteUploadFiles {

	private SiteUploadFiles() {
	}

	static byte[] image(String format, int width, int height) {
		return image(format, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
	}

	/** A picture of few bytes and many pixels: one bit per pixel, all white. */
	static byte[] bomb(int side) {
		return image("png", new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY));
	}

	/** The header of an extended WebP image of the given canvas. */
	static byte[] webp(int width, int height) {
		byte[] bytes = new byte[30];
		put(bytes, 0, "RIFF");
		little(bytes, 4, 22, 4);
		put(bytes, 8, "WEBPVP8X");
		little(bytes, 16, 10, 4);
		little(bytes, 24, width - 1, 3);
		little(bytes, 27, height - 1, 3);
		return bytes;
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] svg() {
		return text("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
				+ "<script>alert(document.cookie)</script></svg>");
	}

	static byte[] html() {
		return text("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>");
	}

	/** The start of a Windows program. */
	static byte[] exe() {
		byte[] bytes = new byte[512];
		put(bytes, 0, "MZ");
		little(bytes, 60, 128, 4);
		put(bytes, 78, "This program cannot be run in DOS mode.");
		put(bytes, 128, "PE\0\0");
		return bytes;
	}

	/**
	 * A GIF header followed by a web page: an image to the detector, a page to a sniffer.
	 */
	static byte[] polyglot() {
		return text(
				"GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000<html><body><script>alert(1)</script></body></html>");
	}

	static byte[] pdf() {
		return text("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	/**
	 * The skeleton of a Word document: the entries that tell it apart from a plain ZIP.
	 */
	static byte[] docx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml",
					"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
			entry(zip, "_rels/.rels", "<Relationships/>");
			entry(zip, "word/document.xml", "<w:document/>");
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static byte[] image(String format, BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	private static void put(byte[] bytes, int offset, String ascii) {
		byte[] text = ascii.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(text, 0, bytes, offset, text.length);
	}

	private static void little(byte[] bytes, int offset, int value, int length) {
		for (int i = 0; i < length; i++) {
			bytes[offset + i] = (byte) (value >>> (8 * i));
		}
	}

}
