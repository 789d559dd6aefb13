package org.shejian.catalogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.DcatPublishing;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as JSON: the published catalogue for everybody (and as DCAT-AP), working
 * copies and review for maintainers and the city centre, access grants for partners and
 * providers.
 */
@RestController
@Tag(name = "catalogue", description = "Information-resource catalogue, review and access grants")
class CatalogueApiController {

	private final Catalogue catalogue;

	private final Grants grants;

	private final DcatPublishing dcat;

	CatalogueApiController(Catalogue catalogue, Grants grants, DcatPublishing dcat) {
		this.catalogue = catalogue;
		this.grants = grants;
		this.dcat = dcat;
	}

	@GetMapping("/api/v1/catalogue/resources")
	@Operation(summary = "Published resources, optionally searched and filtered by category or grouping")
	List<Resource> published(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String group) {
		return this.catalogue.search(q, category, group);
	}

	@GetMapping("/api/v1/catalogue/resources/{provider}/{sequence}")
	Resource publishedResource(@PathVariable String provider, @PathVariable String sequence) {
		String identifier = provider + "/" + sequence;
		return this.catalogue.published(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
	}

	@GetMapping(path = "/api/v1/catalogue/dcat", produces = "text/turtle")
	@Operation(summary = "The published catalogue as DCAT-AP 3 (Turtle; JSON-LD with format=jsonld)")
	ResponseEntity<String> dcat(@RequestParam(defaultValue = "turtle") String format) {
		if (format.equals("jsonld")) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/ld+json"))
				.body(this.dcat.jsonLd());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/turtle;charset=UTF-8"))
			.body(this.dcat.turtle());
	}

	@GetMapping("/api/v1/catalogue/working-copies")
	@Operation(summary = "Working copies the caller maintains or reviews")
	List<Resource> workingCopies(@AuthenticationPrincipal Actor actor) {
		return this.catalogue.workingCopies(actor);
	}

	@GetMapping("/api/v1/catalogue/working-copies/{provider}/{sequence}")
	Resource workingCopy(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence) {
		return this.catalogue.workingCopy(actor, provider + "/" + sequence);
	}

	@PostMapping("/api/v1/catalogue/working-copies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Define a resource (draft) provided by the caller's unit or a unit below it")
	Resource define(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String provider,
			@RequestBody ResourceForm form) {
		return this.catalogue.define(actor, provider, form);
	}

	@PutMapping("/api/v1/catalogue/working-copies/{provider}/{sequence}")
	Resource change(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version, @RequestBody ResourceForm form) {
		return this.catalogue.change(actor, provider + "/" + sequence, form, version);
	}

	@PostMapping("/api/v1/catalogue/working-copies/{provider}/{sequence}/submit")
	Resource submit(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version) {
		return this.catalogue.submit(actor, provider + "/" + sequence, version);
	}

	@PostMapping("/api/v1/catalogue/working-copies/{provider}/{sequence}/approve")
	Resource approve(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version) {
		return this.catalogue.approve(actor, provider + "/" + sequence, version);
	}

	@PostMapping("/api/v1/catalogue/working-copies/{provider}/{sequence}/return")
	Resource returnForChanges(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence, @RequestParam int version, @RequestBody Map<String, String> body) {
		return this.catalogue.returnForChanges(actor, provider + "/" + sequence, body.get("comment"), version);
	}

	@GetMapping("/api/v1/catalogue/grants")
	List<Grant> grants(@AuthenticationPrincipal Actor actor) {
		return this.grants.visibleTo(actor);
	}

	@PostMapping("/api/v1/catalogue/grants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply for access to a shared resource: {resource, partner, purpose}")
	Grant apply(@AuthenticationPrincipal Actor actor, @RequestBody Map<String, String> body) {
		return this.grants.apply(actor, String.valueOf(body.get("resource")), body.get("partner"), body.get("purpose"));
	}

	@PostMapping("/api/v1/catalogue/grants/{id}/approve")
	@Operation(summary = "Approve an application; the key in the answer is shown this once")
	Grant.Issued approveGrant(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestBody Map<String, String> body) {
		String expires = body.get("expiresOn");
		LocalDate expiresOn = (expires != null) ? Dates.parse(expires) : null;
		return this.grants.approve(actor, id, expiresOn, body.get("note"), version);
	}

	@PostMapping("/api/v1/catalogue/grants/{id}/reject")
	Grant reject(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestBody Map<String, String> body) {
		return this.grants.reject(actor, id, body.get("note"), version);
	}

	@PostMapping("/api/v1/catalogue/grants/{id}/revoke")
	Grant revoke(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestBody Map<String, String> body) {
		return this.grants.revoke(actor, id, body.get("note"), version);
	}

}
