package io.renloop.analytics.internal.workforce;

import io.renloop.analytics.WorkforcePlans;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
class DefaultWorkforcePlans implements WorkforcePlans {

	private static final String ENTITY = "WorkforcePlan";

	private final PlanStore store;

	private final PlanLines planLines;

	private final RequisitionProposals requisitions;

	private final DerivedProposals derived;

	private final PlanTracking tracking;

	private final Organization organization;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultWorkforcePlans(PlanStore store, PlanLines planLines, RequisitionProposals requisitions,
			DerivedProposals derived, PlanTracking tracking, Organization organization, AuditTrail audit, Clock clock) {
		this.store = store;
		this.planLines = planLines;
		this.requisitions = requisitions;
		this.derived = derived;
		this.tracking = tracking;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<PlanSummary> list() {
		Predicate<UUID> inScope = scope();
		return store.all().stream().map(plan -> {
			List<Line> lines = lines(plan.id(), inScope, new Names());
			return new PlanSummary(plan.id(), plan.strategy().name(), plan.strategy().year(), lines.size(),
					lines.stream().mapToInt(Line::gap).filter(gap -> gap > 0).sum(), plan.calculatedAt());
		}).toList();
	}

	@Override
	public PlanView get(UUID id) {
		return view(store.load(id));
	}

	@Override
	@Transactional
	public PlanView create(SavePlan command) {
		planLines.check(command);
		UUID id = UUID.randomUUID();
		store.insert(id, command, clock.instant());
		store.replaceLines(id, planLines.calculate(command));
		audit.recordChange("CREATE", ENTITY, id, null, command);
		return get(id);
	}

	@Override
	@Transactional
	public PlanView update(UUID id, SavePlan command) {
		PlanStore.StoredPlan before = store.lock(id);
		planLines.check(command);
		store.update(id, command, clock.instant());
		store.replaceLines(id, planLines.calculate(command));
		audit.recordChange("UPDATE", ENTITY, id, before.strategy(), command);
		return get(id);
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		PlanStore.StoredPlan before = store.lock(id);
		store.delete(id);
		audit.recordChange("DELETE", ENTITY, id, before.strategy(), null);
	}

	@Override
	@Transactional
	public List<RequisitionProposal> proposeRequisitions(UUID id) {
		store.lock(id);
		List<PlanCalculation.Figures> lines = store.lines(id).stream().map(PlanStore.StoredLine::figures).toList();
		List<RequisitionProposals.Result> results = requisitions.propose(id, lines);
		Names names = new Names();
		List<RequisitionProposal> proposals = results.stream()
			.map(r -> new RequisitionProposal(r.line().slot().departmentId(),
					names.department(r.line().slot().departmentId()), r.line().slot().positionId(),
					names.position(r.line().slot().positionId()), r.line().gap(), r.outcome(), r.requisitionId(),
					r.available()))
			.toList();
		List<RequisitionProposal> created = proposals.stream()
			.filter(p -> p.outcome() == ProposalOutcome.CREATED)
			.toList();
		if (!created.isEmpty()) {
			audit.recordChange("PROPOSE_REQUISITIONS", ENTITY, id, null, Map.of("created", created));
		}
		return proposals;
	}

	@Override
	public Tracking tracking(UUID id) {
		PlanStore.StoredPlan plan = store.load(id);
		return tracking.track(id, plan.strategy().year(), lines(id, scope(), new Names()));
	}

	private PlanView view(PlanStore.StoredPlan plan) {
		Predicate<UUID> inScope = scope();
		Names names = new Names();
		SavePlan strategy = plan.strategy();
		List<Line> lines = lines(plan.id(), inScope, names);
		return new PlanView(plan.id(), strategy.name(), strategy.year(), strategy.goals(),
				strategy.outputDrivers().stream().filter(d -> inScope.test(d.departmentId())).toList(),
				strategy.ratioRules().stream().filter(r -> inScope.test(r.departmentId())).toList(), lines,
				derived.trainingNeeds(lines),
				DerivedProposals.kpiTargets(strategy.goals(), LocaleContextHolder.getLocale().toLanguageTag(),
						names::department)
					.stream()
					.filter(k -> k.departmentId() == null || inScope.test(k.departmentId()))
					.toList(),
				plan.calculatedAt());
	}

	private List<Line> lines(UUID planId, Predicate<UUID> inScope, Names names) {
		return store.lines(planId)
			.stream()
			.filter(l -> inScope.test(l.figures().slot().departmentId()))
			.map(l -> {
				PlanCalculation.Figures f = l.figures();
				return new Line(f.slot().departmentId(), names.department(f.slot().departmentId()),
						f.slot().positionId(), names.position(f.slot().positionId()), f.current(), f.expectedExits(),
						f.required(), f.gap(), l.requisitionId());
			})
			.toList();
	}

	/** The tenant scope sees every department; managers their subtree; anybody else none. */
	private Predicate<UUID> scope() {
		CurrentUser me = CurrentUser.require();
		if (me.dataScope() == DataScope.TENANT) {
			return departmentId -> true;
		}
		Set<UUID> departments = organization.departmentsInScope(me).orElse(Set.of());
		return departments::contains;
	}

	/** Department and position names, read once per request. */
	private final class Names {

		private Map<UUID, String> departments;

		private Map<UUID, String> positions;

		String department(UUID id) {
			if (departments == null) {
				departments = new HashMap<>();
				organization.departments().forEach(d -> departments.put(d.id(), d.name()));
			}
			return departments.get(id);
		}

		String position(UUID id) {
			if (positions == null) {
				positions = new LinkedHashMap<>();
				organization.positions().forEach(p -> positions.put(p.id(), p.name()));
			}
			return positions.get(id);
		}
	}
}
