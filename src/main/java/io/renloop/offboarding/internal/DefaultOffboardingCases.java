package io.renloop.offboarding.internal;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.Employees;
import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.LeavingKind;
import io.renloop.offboarding.OffboardingCases;
import io.renloop.offboarding.OffboardingCommands.OpenCase;
import io.renloop.offboarding.OffboardingCommands.RehireDecision;
import io.renloop.offboarding.OffboardingCommands.Resign;
import io.renloop.offboarding.OffboardingCommands.Settle;
import io.renloop.offboarding.OffboardingViews.CaseDetails;
import io.renloop.offboarding.OffboardingViews.CaseSummary;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, reads and works leaving cases; the settlement and the last day are delegated. */
@Service
@Transactional
class DefaultOffboardingCases implements OffboardingCases {

	static final String ENTITY = "OffboardingCase";

	private final OffboardingCaseRepository cases;

	private final Employees employees;

	private final CaseAccess access;

	private final LeavingChecklists checklists;

	private final CaseViews views;

	private final CaseApprovals approvals;

	private final Settlements settlements;

	private final Departures departures;

	private final AuditTrail audit;

	private final TenantTime time;

	DefaultOffboardingCases(OffboardingCaseRepository cases, Employees employees, CaseAccess access,
			LeavingChecklists checklists, CaseViews views, CaseApprovals approvals, Settlements settlements,
			Departures departures, AuditTrail audit, TenantTime time) {
		this.cases = cases;
		this.employees = employees;
		this.access = access;
		this.checklists = checklists;
		this.views = views;
		this.approvals = approvals;
		this.settlements = settlements;
		this.departures = departures;
		this.audit = audit;
		this.time = time;
	}

	@Override
	public CaseDetails resign(Resign command) {
		CurrentUser me = CurrentUser.require();
		if (me.employeeId() == null) {
			throw new BusinessRuleException("offboarding.resign.noEmployee");
		}
		LocalDateCheck.notBefore("lastDay", command.lastDay(), time.today());
		return start(new OffboardingCase(employees.get(me.employeeId()), LeavingKind.RESIGNATION, null,
				command.reason(), time.today(), command.lastDay(), me.email(), time.clock().instant()), me);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseDetails> mine() {
		CurrentUser me = CurrentUser.require();
		return Optional.ofNullable(me.employeeId())
			.flatMap(cases::findFirstByEmployeeIdOrderByCreatedAtDesc)
			.map(c -> views.details(c, me));
	}

	@Override
	public CaseDetails open(OpenCase command) {
		CurrentUser me = CurrentUser.require();
		LocalDateCheck.withinAYear("lastDay", command.lastDay(), time.today());
		OffboardingCase offboarding = new OffboardingCase(employee(command.employeeId(), "employeeId"),
				command.kind(), command.legalGround(), command.reason(), time.today(), command.lastDay(), me.email(),
				time.clock().instant());
		if (command.successorId() != null) {
			if (command.successorId().equals(command.employeeId())) {
				throw InvalidFieldsException.of("successorId", "offboarding.case.successorIsLeaver");
			}
			offboarding.nameSuccessor(command.successorId(), employee(command.successorId(), "successorId").name());
		}
		return start(offboarding, me);
	}

	private CaseDetails start(OffboardingCase offboarding, CurrentUser me) {
		if (cases.existsByEmployeeIdAndStatusIn(offboarding.employeeId(),
				List.of(CaseStatus.PENDING_APPROVAL, CaseStatus.APPROVED, CaseStatus.RETURNED))) {
			throw new BusinessRuleException("offboarding.case.alreadyOpen");
		}
		cases.save(offboarding);
		approvals.start(offboarding);
		audit.recordChange("OPEN", ENTITY, offboarding.id(), null, CaseSnapshots.of(offboarding));
		return views.details(offboarding, me);
	}

	private EmployeeDetails employee(UUID id, String field) {
		try {
			return employees.get(id);
		}
		catch (NotFoundException ex) {
			throw InvalidFieldsException.of(field, "offboarding.case.unknownEmployee");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> list(CaseStatus status) {
		List<OffboardingCase> visible = cases.findAllByOrderByLastDayDesc()
			.stream()
			.filter(access.visibleTo(CurrentUser.require()))
			.filter(c -> status == null || c.status() == status)
			.toList();
		Map<UUID, List<LeavingChecklistItem>> items = checklists.of(visible.stream().map(OffboardingCase::id).toList());
		return visible.stream().map(c -> views.summary(c, items.getOrDefault(c.id(), List.of()))).toList();
	}

	@Override
	public CaseDetails get(UUID id) {
		CurrentUser me = CurrentUser.require();
		OffboardingCase offboarding = visible(id, me);
		if (CaseAccess.isHr(me)) {
			audit.recordSensitiveRead(ENTITY, id, "settlement,rehire");
		}
		return views.details(offboarding, me);
	}

	@Override
	public CaseDetails withdraw(UUID id) {
		CurrentUser me = CurrentUser.require();
		OffboardingCase offboarding = visible(id, me);
		if (!CaseAccess.isHr(me) && !access.isLeaver(offboarding, me)) {
			throw new BusinessRuleException(403, "offboarding.case.notYours");
		}
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		offboarding.withdraw();
		audit.recordChange("WITHDRAW", ENTITY, id, before, CaseSnapshots.of(offboarding));
		return views.details(offboarding, me);
	}

	@Override
	public CaseDetails markDone(UUID caseId, UUID itemId) {
		CurrentUser me = CurrentUser.require();
		OffboardingCase offboarding = visible(caseId, me);
		LeavingChecklistItem item = checklists.item(offboarding, itemId);
		access.requireOwner(item.owner(), offboarding, me);
		checklists.markDone(item, me.email(), time.clock().instant());
		audit.recordChange("CHECKLIST_DONE", ENTITY, caseId, Map.of("item", itemId, "done", false),
				Map.of("item", itemId, "done", true));
		return views.details(offboarding, me);
	}

	@Override
	public CaseDetails settle(UUID id, Settle command) {
		CurrentUser me = CurrentUser.require();
		return views.details(settlements.settle(visible(id, me), command), me);
	}

	@Override
	public CaseDetails approveSettlement(UUID id) {
		CurrentUser me = CurrentUser.require();
		return views.details(settlements.approve(visible(id, me)), me);
	}

	@Override
	public CaseDetails depart(UUID id) {
		CurrentUser me = CurrentUser.require();
		return views.details(departures.depart(visible(id, me)), me);
	}

	@Override
	public CaseDetails decideRehire(UUID id, RehireDecision decision) {
		CurrentUser me = CurrentUser.require();
		OffboardingCase offboarding = visible(id, me);
		Map<String, Object> before = CaseSnapshots.of(offboarding);
		offboarding.decideRehire(decision.eligible(), decision.reason(), decision.regretted());
		audit.recordChange("REHIRE_DECISION", ENTITY, id, before, CaseSnapshots.of(offboarding));
		return views.details(offboarding, me);
	}

	private OffboardingCase visible(UUID id, CurrentUser me) {
		return access.requireVisible(cases.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id)), me);
	}
}
