package io.renloop.recruitment.web;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.recruitment.ApplicationMatch;
import io.renloop.recruitment.ApplicationViews.ApplicationDetails;
import io.renloop.recruitment.ApplicationViews.CandidateContact;
import io.renloop.recruitment.ApplicationViews.CandidateDetails;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Matches;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.Masking;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A candidate's parsed profile, their applications with the stage timeline and the match factors of each.
 * Phone and e-mail are masked; those who may act on candidates reveal them, which is audited.
 */
@Controller
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class CandidatePageController {

	private final Applications applications;

	private final Matches matches;

	private final Requisitions requisitions;

	CandidatePageController(Applications applications, Matches matches, Requisitions requisitions) {
		this.applications = applications;
		this.matches = matches;
		this.requisitions = requisitions;
	}

	@GetMapping("/recruitment/candidates/{id}")
	String candidate(@PathVariable UUID id, Model model) {
		CandidateDetails candidate = applications.candidate(id);
		Map<UUID, ApplicationMatch> matchOf = new LinkedHashMap<>();
		Map<UUID, String> titleOf = new LinkedHashMap<>();
		for (ApplicationDetails application : candidate.applications()) {
			matchOf.put(application.application().id(), matches.ofApplication(application.application().id()));
			titleOf.computeIfAbsent(application.application().requisitionId(), r -> requisitions.get(r).title());
		}
		model.addAttribute("candidate", candidate);
		model.addAttribute("matchOf", matchOf);
		model.addAttribute("titleOf", titleOf);
		model.addAttribute("phone", Masking.hidden(candidate.phone()));
		model.addAttribute("email", Masking.hidden(candidate.email()));
		model.addAttribute("canReveal", CurrentUser.require().can(Permission.RECRUITMENT_WRITE));
		return "recruitment/candidate";
	}

	@PostMapping("/recruitment/candidates/{id}/contact")
	@PreAuthorize("hasAuthority('RECRUITMENT_WRITE')")
	String reveal(@PathVariable UUID id, Model model) {
		CandidateContact contact = applications.revealContact(id);
		model.addAttribute("phone", contact.phone());
		model.addAttribute("email", contact.email());
		return "recruitment/candidate :: contact";
	}
}
