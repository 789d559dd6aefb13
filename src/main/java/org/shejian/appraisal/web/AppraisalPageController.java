package org.shejian.appraisal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.appraisal.Ballots;
import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.AppraisalCampaigns;
import org.shejian.appraisal.Plaques;
import org.shejian.appraisal.SiteResult;
import org.shejian.appraisal.VoterToken;
import org.shejian.appraisal.Voters;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of the appraisal, without sign-in or script: the campaigns, a
 * campaign's sites with a rating form each, the verification of a number (number, then
 * code, then back) and the results with the plaques per year.
 */
@Controller
class AppraisalPageController {

	static final String COOKIE = "shejian-voter";

	private static final Pattern BACK = Pattern.compile("/appraisal/\\d{1,18}");

	private final AppraisalCampaigns campaigns;

	private final Ballots ballots;

	private final Voters voters;

	private final Plaques plaques;

	private final Flash flash;

	private final Clock clock;

	AppraisalPageController(AppraisalCampaigns campaigns, Ballots ballots, Voters voters, Plaques plaques, Flash flash,
			Clock clock) {
		this.campaigns = campaigns;
		this.ballots = ballots;
		this.voters = voters;
		this.plaques = plaques;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping("/appraisal")
	String index(Model model) {
		model.addAttribute("open", this.campaigns.open());
		model.addAttribute("all", this.campaigns.all());
		model.addAttribute("now", this.clock.instant());
		return "appraisal/index";
	}

	@GetMapping("/appraisal/{id}")
	String campaign(@PathVariable long id, @CookieValue(name = COOKIE, required = false) String token, Model model) {
		Campaign campaign = this.campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("state", this.campaigns.state(campaign));
		model.addAttribute("sites", this.campaigns.sites(campaign));
		model.addAttribute("verified", this.voters.voter(token).isPresent());
		return "appraisal/campaign";
	}

	@PostMapping("/appraisal/{id}/ballots")
	String vote(@PathVariable long id, @RequestParam long siteId, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, @CookieValue(name = COOKIE, required = false) String token,
			Locale locale, RedirectAttributes redirect) {
		if (this.voters.voter(token).isEmpty()) {
			return "redirect:/appraisal/verify?back=/appraisal/" + id;
		}
		this.flash.attempt(redirect, locale, () -> {
			this.ballots.cast(token, id, siteId, rating, comment);
			return new Flash.Notice("appraisal.ballot.cast");
		});
		return "redirect:/appraisal/" + id + "#site-" + siteId;
	}

	@GetMapping("/appraisal/{id}/results")
	String results(@PathVariable long id, Model model, Locale locale) {
		Campaign campaign = this.campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("state", this.campaigns.state(campaign));
		List<SiteResult> results = List.of();
		try {
			results = this.campaigns.publishedResults(campaign);
		}
		catch (Problem pending) {
			this.flash.show(model, locale, pending);
		}
		model.addAttribute("results", results);
		model.addAttribute("titles",
				results.stream().collect(Collectors.toMap(SiteResult::siteId, SiteResult::title, (a, b) -> a)));
		model.addAttribute("plaques", this.plaques.ofCategory(campaign.category()));
		return "appraisal/results";
	}

	@GetMapping("/appraisal/verify")
	String verifyForm(@RequestParam(required = false) String back, Model model) {
		model.addAttribute("back", back(back));
		return "appraisal/verify";
	}

	@PostMapping("/appraisal/verify")
	String requestCode(@RequestParam(required = false) String phone, @RequestParam(required = false) String back,
			HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("back", back(back));
		model.addAttribute("phone", phone);
		try {
			this.voters.requestCode(phone, request.getRemoteAddr(), locale);
			model.addAttribute("codeSent", true);
		}
		catch (Problem problem) {
			this.flash.show(model, locale, problem);
		}
		return "appraisal/verify";
	}

	@PostMapping("/appraisal/verify/code")
	String verify(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
			@RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			VoterToken token = this.voters.verify(phone, code);
			Duration age = Duration.between(this.clock.instant(), token.expiresAt());
			ResponseCookie cookie = ResponseCookie.from(COOKIE, token.token())
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.path("/appraisal")
				.maxAge(age)
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
			this.flash.notice(redirect, locale, "appraisal.verify.done");
			return "redirect:" + back(back);
		}
		catch (Problem problem) {
			this.flash.show(model, locale, problem);
			model.addAttribute("back", back(back));
			model.addAttribute("phone", phone);
			model.addAttribute("codeSent", true);
			return "appraisal/verify";
		}
	}

	private static String back(String back) {
		return (back != null && BACK.matcher(back).matches()) ? back : "/appraisal";
	}

}
