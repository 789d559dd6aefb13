package org.shejian.exchange.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File answers: always an attachment, never rendered by the browser, with the name in
 * UTF-8 (RFC 6266 {@code filename*}) so that Chinese names arrive intact.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<Resource> file(Path file, String name, String mediaType) {
		return ResponseEntity.ok().headers(headers(name, mediaType)).body(new FileSystemResource(file));
	}

	static ResponseEntity<byte[]> bytes(byte[] content, String name, String mediaType) {
		return ResponseEntity.ok().headers(headers(name, mediaType)).body(content);
	}

	private static HttpHeaders headers(String name, String mediaType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(mediaType));
		headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		return headers;
	}

}
