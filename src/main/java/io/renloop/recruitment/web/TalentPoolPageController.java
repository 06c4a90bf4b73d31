package io.renloop.recruitment.web;

import io.renloop.recruitment.TalentPool;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The talent-pool search page; each search is audited like the API's. */
@Controller
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class TalentPoolPageController {

	private static final int RESULTS = 50;

	private final TalentPool talentPool;

	TalentPoolPageController(TalentPool talentPool) {
		this.talentPool = talentPool;
	}

	@GetMapping("/recruitment/talent-pool")
	String search(@RequestParam(required = false) String q,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("hits", query.isEmpty() ? List.of() : talentPool.search(query, RESULTS));
		return htmx != null ? "recruitment/talent-pool :: results" : "recruitment/talent-pool";
	}
}
