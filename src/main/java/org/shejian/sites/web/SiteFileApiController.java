package org.shejian.sites.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.sites.SiteFile;
import org.shejian.sites.SiteUploads;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A site's file library for staff: its list, uploads (multipart, part {@code file}) and
 * removal, within the signed-in editor's scope.
 */
@RestController
class SiteFileApiController {

	private final SiteUploads uploads;

	SiteFileApiController(SiteUploads uploads) {
		this.uploads = uploads;
	}

	@GetMapping("/api/v1/sites/{id}/files")
	@Operation(summary = "The site's files, newest first")
	List<SiteFile> files(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page) {
		return this.uploads.files(actor, id, Math.min(page, 10_000));
	}

	@PostMapping(path = "/api/v1/sites/{id}/files", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload an image or attachment; it is judged by its content, not its name")
	SiteFile upload(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam("file") MultipartFile file) {
		return upload(this.uploads, actor, id, file);
	}

	@DeleteMapping("/api/v1/sites/{id}/files/{fileId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId) {
		this.uploads.delete(actor, id, fileId);
	}

	/**
	 * Takes a multipart file in; the servlet container has spooled it already, and the
	 * library reads no more than one byte past its largest limit.
	 */
	static SiteFile upload(SiteUploads uploads, Actor actor, long siteId, MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return uploads.upload(actor, siteId, file.getOriginalFilename(), in);
		}
		catch (IOException failed) {
			throw Problem.invalid("request.malformed");
		}
	}

}
