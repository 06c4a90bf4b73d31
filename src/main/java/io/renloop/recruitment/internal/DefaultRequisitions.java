package io.renloop.recruitment.internal;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.Organization;
import io.renloop.organization.PositionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.Permission;
import io.renloop.platform.TenantContext;
import io.renloop.recruitment.CompetencyModelView;
import io.renloop.recruitment.CompetencyModels;
import io.renloop.recruitment.RequisitionClosed;
import io.renloop.recruitment.RequisitionCommands.CreateRequisition;
import io.renloop.recruitment.RequisitionCommands.OpenRequisition;
import io.renloop.recruitment.RequisitionOpened;
import io.renloop.recruitment.RequisitionPutOnHold;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.shared.PageView;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultRequisitions implements Requisitions {

	/** The fields a list may be ordered by. */
	private static final Set<String> SORTABLE = Set.of("title", "headcount", "status", "createdAt");

	private final RequisitionRepository requisitions;

	private final HeadcountCheck headcount;

	private final Organization organization;

	private final CompetencyModels competencyModels;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultRequisitions(RequisitionRepository requisitions, HeadcountCheck headcount, Organization organization,
			CompetencyModels competencyModels, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.requisitions = requisitions;
		this.headcount = headcount;
		this.organization = organization;
		this.competencyModels = competencyModels;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequisitionView create(CreateRequisition command) {
		PositionView position = existing("positionId", () -> organization.position(command.positionId()));
		existing("departmentId", () -> organization.department(command.departmentId()));
		String title = command.title() == null || command.title().isBlank() ? position.name() : command.title().strip();
		Requisition requisition = requisitions.save(new Requisition(position.id(), command.departmentId(),
				command.headcount(), title, CurrentUser.require().email(), clock.instant()));
		audit.recordChange("CREATE", "Requisition", requisition.id(), null, snapshot(requisition));
		return view(requisition, false);
	}

	@Override
	public PageView<RequisitionView> list(RequisitionStatus status, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		Page<Requisition> found = status == null ? requisitions.findAllByOrderByCreatedAtDesc(request)
				: requisitions.findByStatusOrderByCreatedAtDesc(status, request);
		return PageView.of(found.getContent().stream().map(r -> view(r, false)).toList(), page, size,
				found.getTotalElements());
	}

	@Override
	public PageView<RequisitionView> list(RequisitionStatus status, int page, int size, String sort) {
		String field = sort == null ? "" : sort.startsWith("-") ? sort.substring(1) : sort;
		if (!SORTABLE.contains(field)) {
			return list(status, page, size);
		}
		// the newest first among equals, so that pages never overlap
		Sort order = Sort.by(sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC, field)
			.and(Sort.by(Sort.Direction.DESC, "createdAt"))
			.and(Sort.by("id"));
		PageRequest request = PageRequest.of(page, size, order);
		Page<Requisition> found = status == null ? requisitions.findAll(request)
				: requisitions.findByStatus(status, request);
		return PageView.of(found.getContent().stream().map(r -> view(r, false)).toList(), page, size,
				found.getTotalElements());
	}

	@Override
	public List<RequisitionView> search(String text, int size) {
		return requisitions.findByTitleContainingIgnoreCaseOrderByCreatedAtDesc(text, PageRequest.of(0, size))
			.stream()
			.map(r -> view(r, false))
			.toList();
	}

	@Override
	public RequisitionView get(UUID id) {
		return view(load(id), true);
	}

	@Override
	@Transactional
	public RequisitionView open(UUID id, OpenRequisition command) {
		Requisition requisition = load(id);
		OpenRequisition open = command == null ? OpenRequisition.withinPlan() : command;
		if (open.override()) {
			checkOverrideAllowed(open);
		}
		Map<String, Object> before = snapshot(requisition);
		requisition.open(clock.instant());
		HeadcountCheck.Headroom headroom = headcount.headroom(requisition);
		boolean beyondPlan = !headroom.allows(requisition.headcount());
		if (beyondPlan && !open.override()) {
			throw headroom.exceeded(requisition.headcount());
		}
		Map<String, Object> after = snapshot(requisition);
		if (beyondPlan) {
			after.put("headcountOverride", Map.of("reason", open.reason().strip(), "available", headroom.available(),
					"planned", headroom.planned(), "filled", headroom.filled(), "otherOpen", headroom.otherOpen()));
		}
		audit.recordChange(beyondPlan ? "HEADCOUNT_OVERRIDE" : "OPEN", "Requisition", id, before, after);
		events.publishEvent(new RequisitionOpened(TenantContext.require(), id, requisition.positionId(), requisition.departmentId(),
				requisition.headcount(), beyondPlan, requisition.openedAt()));
		return view(requisition, false);
	}

	@Override
	@Transactional
	public RequisitionView hold(UUID id) {
		Requisition requisition = load(id);
		Map<String, Object> before = snapshot(requisition);
		requisition.hold();
		audit.recordChange("HOLD", "Requisition", id, before, snapshot(requisition));
		events.publishEvent(new RequisitionPutOnHold(TenantContext.require(), id, clock.instant()));
		return view(requisition, false);
	}

	@Override
	@Transactional
	public RequisitionView close(UUID id) {
		Requisition requisition = load(id);
		Map<String, Object> before = snapshot(requisition);
		requisition.close(clock.instant());
		audit.recordChange("CLOSE", "Requisition", id, before, snapshot(requisition));
		events.publishEvent(new RequisitionClosed(TenantContext.require(), id, requisition.positionId(), requisition.departmentId(),
				requisition.closedAt()));
		return view(requisition, false);
	}

	private static void checkOverrideAllowed(OpenRequisition open) {
		if (!CurrentUser.require().can(Permission.HEADCOUNT_OVERRIDE)) {
			throw new AccessDeniedException("Opening beyond the headcount plan needs HEADCOUNT_OVERRIDE");
		}
		if (open.reason() == null || open.reason().isBlank()) {
			throw InvalidFieldsException.of("reason", "recruitment.requisition.overrideReasonRequired");
		}
	}

	Requisition load(UUID id) {
		return requisitions.findById(id).orElseThrow(() -> new NotFoundException("Requisition", id));
	}

	private static <T> T existing(String field, java.util.function.Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (NotFoundException ex) {
			throw InvalidFieldsException.of(field, "recruitment.reference.unknown");
		}
	}

	private static Map<String, Object> snapshot(Requisition requisition) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("positionId", requisition.positionId());
		state.put("departmentId", requisition.departmentId());
		state.put("headcount", requisition.headcount());
		state.put("status", requisition.status());
		return state;
	}

	private RequisitionView view(Requisition requisition, boolean withModel) {
		PositionView position = organization.position(requisition.positionId());
		DepartmentView department = organization.department(requisition.departmentId());
		var model = withModel ? competencyModels.find(requisition.positionId()).map(CompetencyModelView::model)
			.orElse(null) : null;
		return new RequisitionView(requisition.id(), position.id(), position.name(), department.id(),
				department.name(), requisition.headcount(), requisition.title(), requisition.status(),
				requisition.createdBy(), requisition.createdAt(), requisition.openedAt(), requisition.closedAt(), model);
	}
}
