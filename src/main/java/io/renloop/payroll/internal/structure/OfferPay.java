package io.renloop.payroll.internal.structure;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.onboarding.OnboardingCases;
import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.onboarding.OnboardingViews.CaseDetails;
import io.renloop.payroll.BonusTaxMethod;
import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.internal.region.ContributionKind;
import io.renloop.payroll.internal.region.RegionItem;
import io.renloop.payroll.internal.region.RegionRules;
import io.renloop.payroll.internal.region.SocialInsurance;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.TenantTransactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Opens a new hire's pay structure from the accepted offer when onboarding completes, so the agreed pay is never
 * typed twice: base = the offer's monthly salary (as the onboarding case holds it) from the start date, in the pay group most of the department's
 * people are in (the tenant's only group, when it has one), contributing in that group's region with its default
 * housing-fund rate. A rehired former employee gets a new version from the start date on top of the versions of
 * the earlier employment. Idempotent: an employee who already has a structure (a rehire: one from the start date
 * on) is left alone. Without any pay group the new hire waits for payroll to set one up (logged).
 */
@Component
class OfferPay {

	private static final Logger log = LoggerFactory.getLogger(OfferPay.class);

	private final OnboardingCases cases;

	private final PayGroupStore groups;

	private final StructureStore structures;

	private final EmployeeDirectory directory;

	private final RegionRules regions;

	private final PayTimeline timeline;

	private final AuditTrail audit;

	private final Clock clock;

	private final TenantTransactions inTenant;

	OfferPay(OnboardingCases cases, PayGroupStore groups, StructureStore structures, EmployeeDirectory directory,
			RegionRules regions, PayTimeline timeline, AuditTrail audit, Clock clock, TenantTransactions inTenant) {
		this.timeline = timeline;
		this.cases = cases;
		this.groups = groups;
		this.structures = structures;
		this.directory = directory;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
		this.inTenant = inTenant;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OnboardingCompleted completed) {
		inTenant.run(completed.tenantId(), () -> open(completed));
	}

	private void open(OnboardingCompleted completed) {
		String tenantId = completed.tenantId();
		if (alreadyOpened(structures.history(tenantId, completed.employeeId()), completed)) {
			return;
		}
		CaseDetails agreed = cases.get(completed.caseId(), false);
		Optional<PayGroupView> group = groupFor(tenantId, agreed.departmentId(), completed);
		if (group.isEmpty()) {
			log.info("New hire {} of tenant {} has no pay group to join yet", completed.employeeId(), tenantId);
			return;
		}
		StructureRow row = new StructureRow(completed.employeeId(), completed.startDate(), group.get().id(),
				agreed.monthlySalary().setScale(2), Map.of(), Map.of(), group.get().regionCode(),
				housingFundRate(group.get().regionCode(), completed), null, null, null, BonusTaxMethod.SEPARATE,
				"OFFER", "offer " + agreed.offerId(), "system", clock.instant());
		structures.insert(tenantId, row);
		timeline.changed(row, group.get().code());
		audit.recordChange("CHANGE", "PayStructure", completed.employeeId(), null,
				Map.of("source", "OFFER", "offerId", agreed.offerId(), "payGroup", group.get().code(), "effectiveFrom",
						completed.startDate()));
	}

	/**
	 * A first hire with any structure, or a rehire with a version from the start date on (this offer's, after a
	 * repeated delivery, or one payroll entered): left alone. A rehire's older versions belong to the employment that
	 * ended and do not count.
	 */
	static boolean alreadyOpened(List<StructureRow> history, OnboardingCompleted completed) {
		return completed.rehire()
				? history.stream().anyMatch(version -> !version.effectiveFrom().isBefore(completed.startDate()))
				: !history.isEmpty();
	}

	/** The group most of the department's people with a structure are in; the only group; else none. */
	private Optional<PayGroupView> groupFor(String tenantId, UUID departmentId, OnboardingCompleted completed) {
		List<PayGroupView> all = groups.list(tenantId);
		if (all.size() <= 1) {
			return all.stream().findFirst();
		}
		Collection<UUID> colleagues = directory.employedBetween(completed.startDate(), completed.startDate())
			.stream()
			.filter(entry -> departmentId.equals(entry.departmentId()))
			.map(EmployeeDirectory.Entry::id)
			.toList();
		Map<UUID, Long> members = structures.groupsOn(tenantId, completed.startDate(), colleagues)
			.values()
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return members.entrySet()
			.stream()
			.max(Map.Entry.<UUID, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.flatMap(most -> all.stream().filter(g -> g.id().equals(most.getKey())).findFirst())
			.or(() -> all.stream().min(Comparator.comparing(PayGroupView::code)));
	}

	private BigDecimal housingFundRate(String regionCode, OnboardingCompleted completed) {
		return regions.effectiveAll(completed.tenantId(), completed.startDate())
			.values()
			.stream()
			.filter(region -> region.code().equals(regionCode))
			.flatMap(region -> region.items().stream())
			.filter(item -> item.kind() == ContributionKind.HOUSING_FUND)
			.map(RegionItem::employeeRate)
			.findFirst()
			.map(rate -> rate.max(SocialInsurance.HOUSING_FUND_MIN_RATE).min(SocialInsurance.HOUSING_FUND_MAX_RATE))
			.orElse(SocialInsurance.HOUSING_FUND_MAX_RATE);
	}
}
