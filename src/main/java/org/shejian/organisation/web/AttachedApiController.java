package org.shejian.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.organisation.Units;
import org.shejian.organisation.attached.AttachedOrganisations;
import org.shejian.organisation.attached.AttachedOrganisations.BuildingForm;
import org.shejian.organisation.attached.AttachedOrganisations.SocialForm;
import org.shejian.organisation.attached.Building;
import org.shejian.organisation.attached.SocialOrganisation;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;

import org.springframework.http.HttpStatus;
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
 * Commercial buildings and social organisations as JSON, read and changed within the
 * signed-in user's scope.
 */
@RestController
@Tag(name = "organisations", description = "Commercial buildings and social organisations")
class AttachedApiController {

	/** The most rows one bulk request may carry. */
	static final int MAX_BULK = 500;

	/** The highest page number a list accepts. */
	static final int MAX_PAGE = 100_000;

	private final AttachedOrganisations organisations;

	AttachedApiController(AttachedOrganisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/api/v1/buildings")
	@Operation(summary = "Buildings attached to a unit or anywhere below it")
	List<Building> buildings(@AuthenticationPrincipal Actor actor, @RequestParam String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		checkPaging(page, size);
		return this.organisations.buildings(actor, unit, page, size);
	}

	@GetMapping("/api/v1/buildings/{id}")
	Building building(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.organisations.building(actor, id);
	}

	@PostMapping("/api/v1/buildings")
	@ResponseStatus(HttpStatus.CREATED)
	Building addBuilding(@AuthenticationPrincipal Actor actor, @RequestBody BuildingForm form) {
		return this.organisations.addBuildings(actor, List.of(form)).get(0);
	}

	@PostMapping("/api/v1/buildings/bulk")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add many buildings, all or none; every unit must lie in the caller's scope")
	List<Building> addBuildings(@AuthenticationPrincipal Actor actor, @RequestBody List<BuildingForm> forms) {
		if (forms.isEmpty() || forms.size() > MAX_BULK) {
			throw Problem.invalid("paging.size", forms.size(), MAX_BULK);
		}
		return this.organisations.addBuildings(actor, forms);
	}

	@PutMapping("/api/v1/buildings/{id}")
	Building updateBuilding(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody BuildingForm form) {
		return this.organisations.updateBuilding(actor, id, form);
	}

	@GetMapping("/api/v1/social-organisations")
	@Operation(summary = "Social organisations attached to a unit or anywhere below it")
	List<SocialOrganisation> socialOrganisations(@AuthenticationPrincipal Actor actor, @RequestParam String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		checkPaging(page, size);
		return this.organisations.socialOrganisations(actor, unit, page, size);
	}

	@GetMapping("/api/v1/social-organisations/{id}")
	SocialOrganisation socialOrganisation(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.organisations.socialOrganisation(actor, id);
	}

	@PostMapping("/api/v1/social-organisations")
	@ResponseStatus(HttpStatus.CREATED)
	SocialOrganisation addSocialOrganisation(@AuthenticationPrincipal Actor actor, @RequestBody SocialForm form) {
		return this.organisations.addSocialOrganisation(actor, form);
	}

	@PutMapping("/api/v1/social-organisations/{id}")
	SocialOrganisation updateSocialOrganisation(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody SocialForm form) {
		return this.organisations.updateSocialOrganisation(actor, id, form);
	}

	private static void checkPaging(int page, int size) {
		if (page < 0 || page > MAX_PAGE) {
			throw Problem.invalid("paging.page", page);
		}
		if (size < 1 || size > Units.MAX_PAGE_SIZE) {
			throw Problem.invalid("paging.size", size, Units.MAX_PAGE_SIZE);
		}
	}

}
