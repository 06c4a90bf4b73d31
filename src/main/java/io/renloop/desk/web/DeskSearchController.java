package io.renloop.desk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The global search: as JSON for integrators and as the list under the top bar's search box (htmx, keyboard
 * navigable), each hit only where the viewer may look.
 */
@Controller
@Tag(name = "Desk", description = "The desk's global search")
class DeskSearchController {

	private final DeskSearch search;

	DeskSearchController(DeskSearch search) {
		this.search = search;
	}

	/** The answer of the search API. */
	record Found(String query, List<DeskSearch.Hit> hits) {
	}

	@GetMapping("/api/v1/search")
	@ResponseBody
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Search everything the caller may see", description = "Pages and actions, employees (data "
			+ "scope), departments, requisitions and candidates, up to 5 of each kind: `[{kind, title, "
			+ "subtitle, url}]`; kinds PAGE, ACTION, EMPLOYEE, DEPARTMENT, REQUISITION, CANDIDATE")
	Found api(@RequestParam(defaultValue = "") String q) {
		return new Found(q.strip(), search.find(q));
	}

	@GetMapping("/desk/search")
	@PreAuthorize("isAuthenticated()")
	String results(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q.strip());
		model.addAttribute("hits", search.find(q));
		return "desk/search :: results";
	}
}
