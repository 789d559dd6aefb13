package org.shejian.sites.web;

import java.util.Locale;

import org.shejian.shared.Actor;
import org.shejian.shared.web.Flash;
import org.shejian.sites.SiteFileKind;
import org.shejian.sites.SiteUploads;
import org.shejian.sites.Sites;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site's file library in the console: its list with each file's address, the upload
 * form and removal.
 */
@Controller
class SiteFileConsoleController {

	private static final long MEGABYTE = 1024 * 1024;

	private final Sites sites;

	private final SiteUploads uploads;

	private final Flash flash;

	SiteFileConsoleController(Sites sites, SiteUploads uploads, Flash flash) {
		this.sites = sites;
		this.uploads = uploads;
		this.flash = flash;
	}

	@GetMapping("/console/sites/{id}/files")
	String files(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("site", this.sites.site(actor, id));
		model.addAttribute("files", this.uploads.files(actor, id, 0));
		model.addAttribute("imageLimit", this.uploads.limit(SiteFileKind.IMAGE) / MEGABYTE);
		model.addAttribute("attachmentLimit", this.uploads.limit(SiteFileKind.ATTACHMENT) / MEGABYTE);
		return "console/site-files";
	}

	@PostMapping("/console/sites/{id}/files")
	String upload(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			SiteFileApiController.upload(this.uploads, actor, id, file);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/sites/" + id + "/files";
	}

	@PostMapping("/console/sites/{id}/files/{fileId}/delete")
	String delete(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.uploads.delete(actor, id, fileId);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/sites/" + id + "/files";
	}

}
