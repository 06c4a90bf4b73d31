package io.renloop.payroll.internal.band;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.payroll.PayBandView;
import io.renloop.payroll.PayBands;
import io.renloop.payroll.SavePayBand;
import io.renloop.payroll.internal.band.PayInBand.Dated;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pay bands in payroll's table; positions from organization, current positions from the employee directory. */
@Service
class DefaultPayBands implements PayBands {

	private final PayBandStore store;

	private final Organization organization;

	private final EmployeeDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultPayBands(PayBandStore store, Organization organization, EmployeeDirectory directory, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.organization = organization;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PAYROLL_READ')")
	public List<PayBandView> list() {
		Map<UUID, String> codes = organization.positions()
			.stream()
			.collect(Collectors.toMap(PositionView::id, PositionView::code));
		return store.list(TenantContext.require())
			.stream()
			.filter(b -> codes.containsKey(b.positionId()))
			.map(b -> view(b, codes.get(b.positionId())))
			.sorted(Comparator.comparing(PayBandView::positionCode)
				.thenComparing(PayBandView::effectiveFrom, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('PAYROLL_ADMIN')")
	public PayBandView save(UUID positionId, SavePayBand command) {
		PositionView position = organization.position(positionId); // 404 for an unknown or other tenant's position
		if (command.minimum().compareTo(command.midpoint()) > 0) {
			throw InvalidFieldsException.of("minimum", "payroll.band.minimumAboveMidpoint",
					command.minimum().toPlainString(), command.midpoint().toPlainString());
		}
		if (command.midpoint().compareTo(command.maximum()) > 0) {
			throw InvalidFieldsException.of("maximum", "payroll.band.midpointAboveMaximum",
					command.midpoint().toPlainString(), command.maximum().toPlainString());
		}
		String tenantId = TenantContext.require();
		var before = store.version(tenantId, positionId, command.effectiveFrom());
		PayBandStore.Band band = new PayBandStore.Band(positionId, command.effectiveFrom(), money(command.minimum()),
				money(command.midpoint()), money(command.maximum()));
		store.save(tenantId, band, CurrentUser.find().map(CurrentUser::email).orElse(null), clock.instant());
		PayBandView saved = view(band, position.code());
		audit.recordChange(before.isPresent() ? "UPDATE" : "CREATE", "PayBand", positionId,
				before.map(b -> view(b, position.code())).orElse(null), saved);
		return saved;
	}

	@Override
	@Transactional // the read is audited
	public Map<UUID, BigDecimal> positionInBand(Collection<UUID> employeeIds, LocalDate day) {
		String tenantId = TenantContext.require();
		Set<UUID> wanted = new HashSet<>(employeeIds);
		Map<UUID, UUID> positions = directory.employedBetween(day, day)
			.stream()
			.filter(e -> wanted.contains(e.id()) && e.positionId() != null)
			.collect(Collectors.toMap(EmployeeDirectory.Entry::id, EmployeeDirectory.Entry::positionId));
		Map<UUID, BigDecimal> ratios = new HashMap<>();
		if (!positions.isEmpty()) {
			Map<UUID, List<Dated>> midpoints = store.midpoints(tenantId);
			store.bases(tenantId, positions.keySet())
				.forEach((employee, bases) -> PayInBand
					.ratio(bases, midpoints.getOrDefault(positions.get(employee), List.of()), day)
					.ifPresent(ratio -> ratios.put(employee, ratio)));
		}
		audit.recordSensitiveRead("PayBand", "positionInBand:" + day, "payVsBand:" + ratios.size());
		return ratios;
	}

	private static PayBandView view(PayBandStore.Band band, String positionCode) {
		return new PayBandView(band.positionId(), positionCode, band.effectiveFrom(), band.minimum(),
				band.midpoint(), band.maximum());
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}
