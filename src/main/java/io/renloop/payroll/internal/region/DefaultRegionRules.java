package io.renloop.payroll.internal.region;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The built-in versions and the tenant's own, merged by {@link RegionHistory}. */
@Service
class DefaultRegionRules implements RegionRules, RegionAdministration {

	private final BuiltInRegions builtIn;

	private final RegionVersionTable versions;

	private final AuditTrail audit;

	private final TenantTime time;

	DefaultRegionRules(BuiltInRegions builtIn, RegionVersionTable versions, AuditTrail audit, TenantTime time) {
		this.builtIn = builtIn;
		this.versions = versions;
		this.audit = audit;
		this.time = time;
	}

	@Override
	public Optional<Region> effective(String code, LocalDate day) {
		return RegionHistory.inForce(code, builtIn.versions(), versions.of(TenantContext.require(), code), day);
	}

	@Override
	public Map<String, Region> effectiveAll(String tenantId, LocalDate day) {
		return RegionHistory.inForce(builtIn.versions(), versions.all(tenantId), day);
	}

	@Override
	@Transactional
	public Region save(String code, SaveRegion version) {
		RegionValidation.check(code, version);
		Region region = new Region(code, version.name().strip(), version.effectiveFrom(),
				version.items().stream().map(DefaultRegionRules::item).toList(), version.minimumWage(),
				version.averageMonthlyWage());
		String tenantId = TenantContext.require();
		Optional<Region> before = versions.find(tenantId, code, version.effectiveFrom());
		versions.save(tenantId, region, CurrentUser.find().map(CurrentUser::email).orElse(null), time.clock().instant());
		audit.recordChange(before.isPresent() ? "UPDATE" : "CREATE", "PayrollRegion",
				code + "@" + version.effectiveFrom(), before.orElse(null), region);
		return region;
	}

	private static RegionItem item(SaveRegion.Item item) {
		return new RegionItem(item.kind(), item.baseFloor(), item.baseCeiling(), item.employeeRate(),
				item.employerRate(), item.employeeFixed(), item.rounding());
	}
}
