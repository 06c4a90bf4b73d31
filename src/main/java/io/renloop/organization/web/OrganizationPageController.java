package io.renloop.organization.web;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The org page: an org chart and the headcount plan, planned against filled.
 */
@Controller
@PreAuthorize("hasAuthority('ORG_READ')")
class OrganizationPageController {

	private final Organization organization;

	OrganizationPageController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/org")
	String page(Model model) {
		List<HeadcountLine> plan = organization.headcountPlan();
		model.addAttribute("departments", organization.departments());
		model.addAttribute("plan", plan);
		model.addAttribute("positions", organization.positions());
		model.addAttribute("totalPlanned", plan.stream().mapToLong(HeadcountLine::planned).sum());
		model.addAttribute("totalFilled", plan.stream().mapToLong(HeadcountLine::filled).sum());
		return "organization/org";
	}

	/** The tree for the chart, with planned and filled headcount summed per unit. */
	@GetMapping("/org/chart.json")
	@ResponseBody
	Map<String, Object> chart() {
		List<DepartmentView> departments = organization.departments();
		Map<UUID, long[]> counts = new HashMap<>();
		for (HeadcountLine line : organization.headcountPlan()) {
			long[] c = counts.computeIfAbsent(line.departmentId(), id -> new long[2]);
			c[0] += line.planned();
			c[1] += line.filled();
		}
		Map<UUID, Map<String, Object>> nodes = new LinkedHashMap<>();
		Map<String, Object> root = null;
		for (DepartmentView d : departments) {
			long[] c = counts.getOrDefault(d.id(), new long[2]);
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("name", d.name());
			node.put("id", d.id());
			node.put("planned", c[0]);
			node.put("filled", c[1]);
			node.put("children", new ArrayList<Map<String, Object>>());
			nodes.put(d.id(), node);
			if (d.parentId() == null) {
				root = root == null ? node : root;
			}
			else if (nodes.containsKey(d.parentId())) {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> siblings = (List<Map<String, Object>>) nodes.get(d.parentId()).get("children");
				siblings.add(node);
			}
		}
		return root == null ? Map.of() : root;
	}
}
