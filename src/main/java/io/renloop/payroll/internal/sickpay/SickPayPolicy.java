package io.renloop.payroll.internal.sickpay;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's sick pay tiers: read (PAYROLL_READ) and replaced as a whole (PAYROLL_ADMIN, audited). A set of
 * tiers is checked field by field and saved all or nothing.
 */
@Service
public class SickPayPolicy {

	static final int MAX_YEARS = 60;

	private final SickPayStore store;

	private final AuditTrail audit;

	private final Clock clock;

	SickPayPolicy(SickPayStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SickPayTiers current() {
		return store.of(TenantContext.require());
	}

	/** @throws InvalidFieldsException naming every bad field ({@code tiers[1].share}) */
	@Transactional
	public SickPayTiers save(List<SickPayTiers.Tier> tiers) {
		check(tiers);
		String tenantId = TenantContext.require();
		SickPayTiers before = store.of(tenantId);
		SickPayTiers after = new SickPayTiers(tiers);
		store.replace(tenantId, after, CurrentUser.find().map(CurrentUser::email).orElse(null), clock.instant());
		audit.recordChange("UPDATE", "PayrollSickPay", tenantId, before, after);
		return after;
	}

	static void check(List<SickPayTiers.Tier> tiers) {
		List<FieldProblem> problems = new ArrayList<>();
		if (tiers == null || tiers.isEmpty()) {
			throw InvalidFieldsException.of("tiers", "error.payroll.sickPay.tiers");
		}
		Set<Integer> years = new HashSet<>();
		for (int i = 0; i < tiers.size(); i++) {
			SickPayTiers.Tier tier = tiers.get(i);
			String field = "tiers[" + i + "].";
			if (tier == null) {
				problems.add(new FieldProblem("tiers[" + i + "]", "validation.required"));
				continue;
			}
			if (tier.fromServiceYears() < 0 || tier.fromServiceYears() > MAX_YEARS
					|| !years.add(tier.fromServiceYears())) {
				problems.add(new FieldProblem(field + "fromServiceYears", "error.payroll.sickPay.years", MAX_YEARS));
			}
			BigDecimal share = tier.share();
			if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0
					|| share.stripTrailingZeros().scale() > 4) {
				problems.add(new FieldProblem(field + "share", "error.payroll.sickPay.share"));
			}
		}
		if (problems.isEmpty() && !years.contains(0)) {
			problems.add(new FieldProblem("tiers", "error.payroll.sickPay.fromZero"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}
}
