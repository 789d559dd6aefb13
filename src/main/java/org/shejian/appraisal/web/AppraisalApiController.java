package org.shejian.appraisal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.CampaignForm;
import org.shejian.appraisal.AppraisalCampaigns;
import org.shejian.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaigns of the appraisal for city administrators, as JSON.
 */
@RestController
@Tag(name = "appraisal", description = "AppraisalCampaigns of the public appraisal, kept by city administrators")
class AppraisalApiController {

	private final AppraisalCampaigns campaigns;

	AppraisalApiController(AppraisalCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/api/v1/appraisal/campaigns")
	@Operation(summary = "Every campaign, the latest years first")
	List<Campaign> campaigns() {
		return this.campaigns.all();
	}

	@PostMapping("/api/v1/appraisal/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a campaign for a category and year (times in Beijing, yyyy-MM-ddTHH:mm)")
	Campaign create(@AuthenticationPrincipal Actor actor, @RequestBody CampaignForm form) {
		return this.campaigns.create(actor, form);
	}

	@PutMapping("/api/v1/appraisal/campaigns/{id}")
	@Operation(summary = "Change a campaign that has not opened yet")
	Campaign edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody CampaignForm form) {
		return this.campaigns.edit(actor, id, form);
	}

	@PostMapping("/api/v1/appraisal/campaigns/{id}/finalise")
	@Operation(summary = "Close the campaign now if still open and award its plaques")
	AppraisalCampaigns.Finalised finalise(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.campaigns.finalise(actor, id);
	}

}
