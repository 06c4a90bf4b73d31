package io.renloop.desk.web;

import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.Employees;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import io.renloop.recruitment.Requisitions;
import io.renloop.recruitment.TalentPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The desk's one search box: pages and actions first (what the user may open), then employees (within the data
 * scope), departments, requisitions and candidates (by name, from the talent pool), each only with the permission its list needs
 * and a handful of hits per kind, so that an answer stays quick at 100,000 employees.
 */
@Component
class DeskSearch {

	/** Hits per kind. */
	static final int PER_KIND = 5;

	/** One thing found: what it is, its name, a line to tell it apart, and where it opens. */
	record Hit(String kind, String title, String subtitle, String url) {
	}

	private final DeskMenu menu;

	private final Employees employees;

	private final Organization organization;

	private final Requisitions requisitions;

	private final TalentPool talentPool;

	private final MessageSource messages;

	DeskSearch(DeskMenu menu, Employees employees, Organization organization, Requisitions requisitions,
			TalentPool talentPool, MessageSource messages) {
		this.menu = menu;
		this.employees = employees;
		this.organization = organization;
		this.requisitions = requisitions;
		this.talentPool = talentPool;
		this.messages = messages;
	}

	List<Hit> find(String query) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty() || text.length() > 100) {
			return List.of();
		}
		CurrentUser user = CurrentUser.require();
		Function<String, String> name = key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
		List<Hit> hits = new ArrayList<>();
		menu.find(user, text, name)
			.stream()
			.limit(PER_KIND)
			.forEach(place -> hits.add(new Hit(place.action() ? "ACTION" : "PAGE", name.apply("desk.place."
					+ place.key()), name.apply("desk.group." + groupOf(place)), place.path())));
		if (user.can(Permission.EMPLOYEE_READ)) {
			employees.search(new EmployeeQuery(text, null, null, 0, PER_KIND))
				.content()
				.forEach(e -> hits.add(new Hit("EMPLOYEE", e.name(), e.employeeNo() + " · "
						+ (e.departmentName() == null ? "" : e.departmentName()), "/employees/" + e.id())));
		}
		if (user.can(Permission.ORG_READ)) {
			String unit = text.toLowerCase(Locale.ROOT);
			organization.departments()
				.stream()
				.filter(d -> d.name().toLowerCase(Locale.ROOT).contains(unit)
						|| d.code().toLowerCase(Locale.ROOT).contains(unit))
				.limit(PER_KIND)
				.forEach(d -> hits.add(new Hit("DEPARTMENT", d.name(), d.code(), user.can(Permission.EMPLOYEE_READ)
						? "/employees?departmentId=" + d.id() : "/org")));
		}
		if (user.can(Permission.RECRUITMENT_READ)) {
			requisitions.search(text, PER_KIND)
				.forEach(r -> hits.add(new Hit("REQUISITION", r.title(), r.departmentName() + " · "
						+ name.apply("desk.status." + r.status()), "/recruitment/requisitions/" + r.id())));
			talentPool.named(text, PER_KIND)
				.forEach(c -> hits.add(new Hit("CANDIDATE", c.name(), c.headline() == null ? "" : c.headline(),
						"/recruitment/candidates/" + c.candidateId())));
		}
		return hits;
	}

	private String groupOf(DeskMenu.Place place) {
		return menu.groupOf(place);
	}
}
