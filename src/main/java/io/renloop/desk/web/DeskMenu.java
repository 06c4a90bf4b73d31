package io.renloop.desk.web;

import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The places of the desk, grouped by the employee lifecycle (people, talent acquisition, time, pay, growth, insight,
 * settings), each with the permission it needs. The sidebar shows, and the global search finds, only the places the
 * signed-in user may open; pages call it as {@code @deskMenu}.
 */
@Component("deskMenu")
public class DeskMenu {

	/** A group of the sidebar and its places the user may open. */
	public record Group(String key, List<Place> places) {
	}

	/**
	 * A page or an action of the desk.
	 *
	 * @param key the id of the sidebar link and the message key's last part ({@code desk.place.<key>})
	 * @param action whether it creates something (found by search as an action, not shown in the sidebar)
	 */
	public record Place(String key, String path, String icon, boolean action,
			Predicate<CurrentUser> allowed) {
	}

	private final List<Group> all;

	DeskMenu(Environment environment) {
		boolean demo = "true".equals(environment.getProperty("renloop.demo"));
		this.all = List.of(
				group("home", place("dashboard", "/", "house", any()),
						place("approvals", "/approvals", "check2-square", any()),
						place("me", "/me", "person-circle", any())),
				group("people", place("org", "/org", "diagram-3", can(Permission.ORG_READ)),
						place("employees", "/employees", "people", can(Permission.EMPLOYEE_READ)),
						place("onboarding", "/onboarding-cases", "door-open",
								can(Permission.ONBOARDING_READ)),
						place("offboarding", "/offboarding", "box-arrow-right",
								can(Permission.OFFBOARDING_ADMIN))),
				group("talent", place("requisitions", "/recruitment/requisitions", "briefcase",
						can(Permission.RECRUITMENT_READ)),
						place("talentPool", "/recruitment/talent-pool", "person-lines-fill",
								can(Permission.RECRUITMENT_READ)),
						place("channels", "/recruitment/channels", "broadcast",
								can(Permission.RECRUITMENT_READ)),
						place("interview", "/interview/questions", "chat-square-text",
								can(Permission.INTERVIEW_READ)),
						place("fairness", "/analytics/fairness", "shield-check",
								can(Permission.FAIRNESS_READ)),
						place("validity", "/analytics/predictive-validity", "graph-up-arrow",
								can(Permission.RECRUITMENT_READ).and(can(Permission.PERFORMANCE_READ))
									.and(user -> user.dataScope() == DataScope.TENANT)),
						action("newRequisition", "/recruitment/requisitions#new", "plus-square",
								can(Permission.RECRUITMENT_WRITE))),
				group("time", place("timeclock", "/attendance/daily", "clock",
						can(Permission.ATTENDANCE_READ)),
						place("calendar", "/attendance/calendar", "calendar3",
								can(Permission.ATTENDANCE_READ)),
						place("teamSchedule", "/attendance/team-schedule", "calendar-week",
								can(Permission.ATTENDANCE_READ)),
						place("shifts", "/attendance/shifts", "arrow-repeat",
								can(Permission.ATTENDANCE_READ)),
						place("monthClose", "/attendance/close", "lock",
								can(Permission.ATTENDANCE_ADMIN)),
						place("leave", "/leave", "calendar-x", can(Permission.LEAVE_READ))),
				group("pay", place("payroll", "/payroll", "cash-stack", can(Permission.PAYROLL_READ)),
						place("payBands", "/payroll/pay-bands", "bar-chart-steps",
								can(Permission.PAYROLL_READ))),
				group("growth", place("performance", "/performance", "bullseye",
						can(Permission.PERFORMANCE_READ)),
						place("talentReview", "/performance/talent", "grid-3x3",
								can(Permission.PERFORMANCE_CALIBRATE)),
						place("training", "/training", "mortarboard", can(Permission.TRAINING_READ)),
						place("compliance", "/training/compliance", "patch-check",
								can(Permission.TRAINING_READ))),
				group("insight", place("dashboards", "/analytics", "bar-chart",
						can(Permission.ANALYTICS_READ)),
						place("attrition", "/analytics/attrition", "exclamation-triangle",
								can(Permission.ANALYTICS_READ)),
						place("workforcePlans", "/analytics/workforce-plans", "kanban",
								can(Permission.ANALYTICS_READ))),
				group("settings", place("users", "/admin/users", "person-gear", can(Permission.USER_ADMIN)),
						place("chains", "/approvals/chains", "diagram-2", can(Permission.APPROVAL_ADMIN)),
						place("import", "/import", "upload", can(Permission.DATA_IMPORT)),
						place("audit", "/audit", "journal-text", can(Permission.AUDIT_READ)),
						place("apiDocs", "/swagger-ui/index.html", "code-slash", any()),
						place("webhooks", "/admin/webhooks", "send", can(Permission.TENANT_ADMIN_ALL)),
						place("outbox", "/dev/outbox", "envelope",
								can(Permission.TENANT_ADMIN_ALL).and(user -> demo))));
	}

	/** The groups with the places the signed-in user may open; none when nobody is signed in. */
	public List<Group> visible() {
		return CurrentUser.find().map(user -> {
			List<Group> groups = new ArrayList<>();
			for (Group group : all) {
				List<Place> places = group.places()
					.stream()
					.filter(place -> !place.action() && place.allowed().test(user))
					.toList();
				if (!places.isEmpty()) {
					groups.add(new Group(group.key(), places));
				}
			}
			return groups;
		}).orElse(List.of());
	}

	/** The pages and actions the user may open whose name in the language, or key, contains the text. */
	List<Place> find(CurrentUser user, String text, Function<String, String> name) {
		String wanted = text.toLowerCase(Locale.ROOT);
		return all.stream()
			.flatMap(group -> group.places().stream())
			.filter(place -> place.allowed().test(user))
			.filter(place -> name.apply("desk.place." + place.key()).toLowerCase(Locale.ROOT).contains(wanted)
					|| place.key().toLowerCase(Locale.ROOT).contains(wanted))
			.toList();
	}

	/** The key of the group a place belongs to. */
	String groupOf(Place place) {
		return all.stream().filter(group -> group.places().contains(place)).map(Group::key).findFirst().orElse("");
	}

	private static Group group(String key, Place... places) {
		return new Group(key, List.of(places));
	}

	private static Place place(String key, String path, String icon, Predicate<CurrentUser> allowed) {
		return new Place(key, path, icon, false, allowed);
	}

	private static Place action(String key, String path, String icon, Predicate<CurrentUser> allowed) {
		return new Place(key, path, icon, true, allowed);
	}

	private static Predicate<CurrentUser> can(Permission permission) {
		return user -> user.can(permission);
	}

	private static Predicate<CurrentUser> any() {
		return user -> true;
	}
}
