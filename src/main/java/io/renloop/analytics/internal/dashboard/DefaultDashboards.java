package io.renloop.analytics.internal.dashboard;

import io.renloop.analytics.DashboardRow;
import io.renloop.analytics.DashboardView;
import io.renloop.analytics.Dashboards;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards over the read models, confined to the viewer's data scope the way every module confines records
 * (Organization.departmentsInScope): a manager's figures and rows count only their subtree; a unit outside it is
 * refused. Reading the people behind a number is a sensitive read and audited.
 */
@Service
@Transactional(readOnly = true)
class DefaultDashboards implements Dashboards {

	/** The longest period a dashboard covers. */
	static final int MAX_YEARS = 5;

	private final Map<String, Dashboard> dashboards;

	private final Organization organization;

	private final PeopleNames names;

	private final TenantTime time;

	private final AuditTrail audit;

	DefaultDashboards(List<Dashboard> dashboards, Organization organization, PeopleNames names, TenantTime time,
			AuditTrail audit) {
		this.dashboards = dashboards.stream().collect(Collectors.toMap(Dashboard::name, Function.identity()));
		this.organization = organization;
		this.names = names;
		this.time = time;
		this.audit = audit;
	}

	@Override
	public DashboardView dashboard(String name, LocalDate from, LocalDate to, UUID departmentId) {
		Dashboard dashboard = dashboard(name);
		Period period = period(from, to, departmentId, 0);
		Dashboard.Figures figures = dashboard.figures(period);
		return new DashboardView(name, period.from(), period.to(), departmentId, figures.series(), figures.warnings());
	}

	/** Writes the audit record of the sensitive read, so not read-only. */
	@Override
	@Transactional
	public List<DashboardRow> rows(String name, String series, String x, LocalDate from, LocalDate to,
			UUID departmentId, int limit) {
		Dashboard dashboard = dashboard(name);
		Period period = period(from, to, departmentId, limit);
		requireX(series, x);
		List<DashboardRow> candidates = dashboard.candidates(period, series, x);
		List<DashboardRow> rows = candidates != null ? candidates
				: names.rows(dashboard.drill(period, series, x), period.units(), limit);
		audit.recordSensitiveRead("DashboardRows", name,
				"series=" + series + ", x=" + x + ", from=" + period.from() + ", to=" + period.to() + ", departmentId="
						+ departmentId + ", rows=" + rows.size());
		return rows;
	}

	private Dashboard dashboard(String name) {
		Dashboard dashboard = dashboards.get(name);
		if (dashboard == null) {
			throw new NotFoundException("Dashboard", name);
		}
		CurrentUser me = CurrentUser.require();
		if (!me.can(Permission.ANALYTICS_READ) || !dashboard.needs().stream().allMatch(me::can)) {
			throw new AccessDeniedException("dashboard " + name);
		}
		return dashboard;
	}

	private Period period(LocalDate from, LocalDate to, UUID departmentId, int rows) {
		LocalDate last = to != null ? to : time.today();
		LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
		if (first.isAfter(last)) {
			throw InvalidFieldsException.of("from", "analytics.dashboard.fromAfterTo");
		}
		if (first.isBefore(last.minusYears(MAX_YEARS))) {
			throw InvalidFieldsException.of("from", "analytics.dashboard.periodTooLong", MAX_YEARS);
		}
		return new Period(TenantContext.require(), first, last, departmentId, units(departmentId), rows);
	}

	private Units units(UUID departmentId) {
		CurrentUser me = CurrentUser.require();
		Optional<Set<UUID>> scope = me.dataScope() == DataScope.SELF ? Optional.of(Set.of())
				: organization.departmentsInScope(me);
		Set<UUID> allowed = scope.orElse(null);
		if (departmentId != null) {
			organization.department(departmentId);
			if (allowed != null && !allowed.contains(departmentId)) {
				throw new AccessDeniedException("department outside the data scope");
			}
			Set<UUID> subtree = new HashSet<>(organization.subtreeIds(departmentId));
			if (allowed != null) {
				subtree.retainAll(allowed);
			}
			allowed = subtree;
		}
		return new Units(organization.departments(), allowed, departmentId);
	}

	/** A month series needs a month, a unit series a unit: anything else is refused before a query runs. */
	private static void requireX(String series, String x) {
		if (series == null || series.isBlank()) {
			throw InvalidFieldsException.of("series", "analytics.dashboard.seriesRequired");
		}
		if (x == null || x.isBlank() || x.length() > 40) {
			throw InvalidFieldsException.of("x", "analytics.dashboard.xRequired");
		}
		if (x.length() == 7 && x.charAt(4) == '-') {
			try {
				YearMonth.parse(x);
			}
			catch (DateTimeParseException notAMonth) {
				throw InvalidFieldsException.of("x", "analytics.dashboard.xRequired");
			}
		}
	}
}
