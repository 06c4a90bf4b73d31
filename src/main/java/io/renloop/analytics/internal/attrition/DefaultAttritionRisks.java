package io.renloop.analytics.internal.attrition;

import io.renloop.analytics.AttritionModels.ModelCard;
import io.renloop.analytics.AttritionReason;
import io.renloop.analytics.AttritionRisks;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores the employees in the viewer's scope with the tenant's latest own model and explains each risk. Managers see
 * their subtree only; everyone else with ANALYTICS_READ the tenant. Every read is audited as sensitive.
 */
@Service
class DefaultAttritionRisks implements AttritionRisks {

	private final AttritionModelTable table;

	private final TenantFeatures features;

	private final TenantModelTraining training;

	private final ReasonTexts texts;

	private final Organization organization;

	private final AuditTrail audit;

	private final TenantTime time;

	DefaultAttritionRisks(AttritionModelTable table, TenantFeatures features, TenantModelTraining training,
			ReasonTexts texts, Organization organization, AuditTrail audit, TenantTime time) {
		this.table = table;
		this.features = features;
		this.training = training;
		this.texts = texts;
		this.organization = organization;
		this.audit = audit;
		this.time = time;
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('ANALYTICS_READ')")
	public List<EmployeeRisk> risks(UUID departmentId) {
		Set<UUID> departments = departments(departmentId);
		List<EmployeeRisk> risks = score(departments, null);
		audit.recordSensitiveRead("AttritionRisk", departmentId == null ? "scope" : departmentId,
				"risk and reasons of " + risks.size() + " employees");
		return risks;
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('ANALYTICS_READ')")
	public EmployeeRisk risk(UUID employeeId) {
		EmployeeRisk risk = score(departments(null), employeeId).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Employee", employeeId));
		audit.recordSensitiveRead("AttritionRisk", employeeId, "risk and reasons");
		return risk;
	}

	@Override
	@PreAuthorize("hasAuthority('ANALYTICS_ADMIN')")
	public ModelCard retrain(LocalDate asOf) {
		CurrentUser user = CurrentUser.require();
		LocalDate today = time.today();
		if (asOf != null && asOf.isAfter(today)) {
			throw InvalidFieldsException.of("asOf", "analytics.attrition.asOfInFuture");
		}
		return training.train(user.tenantId(), user.email(), asOf == null ? today : asOf);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('ANALYTICS_READ')")
	public Optional<ModelCard> currentModel() {
		return table.latest(CurrentUser.require().tenantId(), AttritionModelTable.TENANT).map(StoredModel::card);
	}

	/** The scored employees of the departments (null: the tenant), or only {@code onlyEmployee}, riskiest first. */
	private List<EmployeeRisk> score(Set<UUID> departments, UUID onlyEmployee) {
		String tenantId = CurrentUser.require().tenantId();
		StoredModel stored = table.latest(tenantId, AttritionModelTable.TENANT)
			.orElseThrow(() -> new BusinessRuleException("analytics.attrition.noTenantModel"));
		AttritionModel model = stored.model();
		int[] index = model.schema().columnNames().stream().mapToInt(TenantFeatures.COLUMNS::indexOf).toArray();
		Map<String, String> positions = positionNames();
		List<EmployeeRisk> risks = new ArrayList<>();
		for (TenantFeatures.Person person : features.employedOn(tenantId, time.today(), departments)) {
			if (onlyEmployee != null && !onlyEmployee.equals(person.employeeId())) {
				continue;
			}
			String[] cells = new String[index.length];
			for (int i = 0; i < index.length; i++) {
				cells[i] = person.cells()[index[i]];
			}
			AttritionModel.Scored scored = model.score(cells);
			List<AttritionReason> reasons = texts.reasons(model, scored, readable(model, cells, positions));
			risks.add(new EmployeeRisk(person.employeeId(), person.name(), person.departmentId(), ReasonTexts.round(scored.risk()),
					reasons));
		}
		risks.sort(Comparator.comparingDouble(EmployeeRisk::risk).reversed());
		return risks;
	}

	/** The cells as people read them: a position's name instead of its id. */
	private static String[] readable(AttritionModel model, String[] cells, Map<String, String> positions) {
		String[] readable = cells.clone();
		int position = model.schema().columnNames().indexOf("position");
		if (position >= 0) {
			readable[position] = positions.getOrDefault(cells[position], cells[position]);
		}
		return readable;
	}

	private Map<String, String> positionNames() {
		return organization.positions()
			.stream()
			.collect(Collectors.toMap(position -> position.id().toString(), PositionView::name, (a, b) -> a));
	}

	/** The viewer's departments below {@code departmentId}; null for the whole tenant. */
	private Set<UUID> departments(UUID departmentId) {
		CurrentUser user = CurrentUser.require();
		Set<UUID> scope = user.dataScope() == DataScope.TENANT ? null
				: organization.departmentsInScope(user).orElse(Set.of());
		if (departmentId == null) {
			return scope;
		}
		if (scope != null && !scope.contains(departmentId)) {
			throw new NotFoundException("Department", departmentId);
		}
		organization.department(departmentId); // 404 for a unit that is not the tenant's
		return new HashSet<>(organization.subtreeIds(departmentId));
	}
}
