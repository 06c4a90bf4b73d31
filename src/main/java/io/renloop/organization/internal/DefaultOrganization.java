package io.renloop.organization.internal;

import io.renloop.organization.DepartmentKind;
import io.renloop.organization.DepartmentView;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.HeadcountUsage;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SaveDepartment;
import io.renloop.organization.OrganizationCommands.SaveJobFamily;
import io.renloop.organization.OrganizationCommands.SavePosition;
import io.renloop.organization.OrganizationCommands.SetHeadcount;
import io.renloop.organization.PositionView;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups of unknown ids raise {@code NotFoundException} without marking the caller's transaction
 * rollback-only: other modules use them as existence checks inside their own transactions.
 */
@Service
@Transactional
class DefaultOrganization implements Organization {

	private final Departments departments;

	private final Positions positions;

	private final JobFamilies jobFamilies;

	private final HeadcountPlanEntries headcount;

	private final ObjectProvider<HeadcountUsage> usage;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	DefaultOrganization(Departments departments, Positions positions, JobFamilies jobFamilies,
			HeadcountPlanEntries headcount, ObjectProvider<HeadcountUsage> usage, AuditTrail audit, JdbcTemplate jdbc) {
		this.departments = departments;
		this.positions = positions;
		this.jobFamilies = jobFamilies;
		this.headcount = headcount;
		this.usage = usage;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, UUID> departmentParents() {
		Map<UUID, UUID> parents = new HashMap<>();
		jdbc.query("select id, parent_id from organization.department where tenant_id = ? and parent_id is not null",
				rs -> {
					parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
				}, TenantContext.require());
		return parents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DepartmentView> departments() {
		List<Department> all = departments.findAllByPath();
		Map<UUID, List<Department>> children = all.stream()
			.filter(d -> d.parentId() != null)
			.collect(Collectors.groupingBy(Department::parentId));
		List<DepartmentView> ordered = new java.util.ArrayList<>();
		all.stream().filter(d -> d.parentId() == null).sorted(siblingOrder()).forEach(root -> walk(root, children, ordered));
		return ordered;
	}

	private void walk(Department node, Map<UUID, List<Department>> children, List<DepartmentView> out) {
		out.add(view(node));
		children.getOrDefault(node.id(), List.of()).stream().sorted(siblingOrder()).forEach(c -> walk(c, children, out));
	}

	private static Comparator<Department> siblingOrder() {
		return Comparator.comparingInt(Department::sortOrder).thenComparing(Department::code);
	}

	@Override
	@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
	public DepartmentView department(UUID id) {
		return view(loadDepartment(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DepartmentView> departmentByCode(String code) {
		return departments.findByCode(code).map(DefaultOrganization::view);
	}

	@Override
	public DepartmentView createDepartment(SaveDepartment command) {
		Department parent = parentOf(command);
		if (departments.existsByCode(command.code())) {
			throw InvalidFieldsException.of("code", "error.department.codeTaken", command.code());
		}
		Department department = departments.save(new Department(parent, command.code(), command.name(),
				command.kind(), command.managerId(), Objects.requireNonNullElse(command.sortOrder(), 0)));
		audit.recordChange("CREATE", "Department", department.id(), null, view(department));
		return view(department);
	}

	@Override
	public DepartmentView updateDepartment(UUID id, SaveDepartment command) {
		Department department = loadDepartment(id);
		DepartmentView before = view(department);
		departments.findByCode(command.code()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw InvalidFieldsException.of("code", "error.department.codeTaken", command.code());
		});
		Department parent = parentOf(command);
		if (!Objects.equals(department.parentId(), parent == null ? null : parent.id())) {
			if (parent != null && department.isAncestorOf(parent)) {
				throw InvalidFieldsException.of("parentId", "error.department.cycle");
			}
			String oldPrefix = department.moveUnder(parent);
			departments.findByPathPrefix(oldPrefix)
				.stream()
				.filter(d -> !d.id().equals(id))
				.forEach(d -> d.rebase(oldPrefix, department.path()));
		}
		department.rename(command.code(), command.name(), command.kind(), command.managerId(),
				Objects.requireNonNullElse(command.sortOrder(), department.sortOrder()));
		audit.recordChange("UPDATE", "Department", id, before, view(department));
		return view(department);
	}

	private Department parentOf(SaveDepartment command) {
		if (command.parentId() == null) {
			if (command.kind() != DepartmentKind.COMPANY) {
				throw InvalidFieldsException.of("parentId", "error.department.parentRequired");
			}
			return null;
		}
		return departments.findById(command.parentId())
			.orElseThrow(() -> InvalidFieldsException.of("parentId", "error.reference.unknown"));
	}

	@Override
	@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
	public Set<UUID> subtreeIds(UUID departmentId) {
		Department root = loadDepartment(departmentId);
		return departments.findByPathPrefix(root.path())
			.stream()
			.map(Department::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PositionView> positions() {
		Map<UUID, JobFamily> families = familiesById();
		return positions.findAllByOrderByCode().stream().map(p -> view(p, families)).toList();
	}

	@Override
	@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
	public PositionView position(UUID id) {
		return view(loadPosition(id), familiesById());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PositionView> positionByCode(String code) {
		return positions.findByCode(code).map(p -> view(p, familiesById()));
	}

	@Override
	public PositionView createPosition(SavePosition command) {
		if (positions.existsByCode(command.code())) {
			throw InvalidFieldsException.of("code", "error.position.codeTaken", command.code());
		}
		checkJobFamily(command.jobFamilyId());
		Position position = positions.save(new Position(command.code(), command.name(), command.jobFamilyId(),
				command.grade()));
		PositionView view = view(position, familiesById());
		audit.recordChange("CREATE", "Position", position.id(), null, view);
		return view;
	}

	@Override
	public PositionView updatePosition(UUID id, SavePosition command) {
		Position position = loadPosition(id);
		Map<UUID, JobFamily> families = familiesById();
		PositionView before = view(position, families);
		positions.findByCode(command.code()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw InvalidFieldsException.of("code", "error.position.codeTaken", command.code());
		});
		checkJobFamily(command.jobFamilyId());
		position.update(command.code(), command.name(), command.jobFamilyId(), command.grade());
		PositionView after = view(position, families);
		audit.recordChange("UPDATE", "Position", id, before, after);
		return after;
	}

	private void checkJobFamily(UUID jobFamilyId) {
		if (jobFamilyId != null && jobFamilies.findById(jobFamilyId).isEmpty()) {
			throw InvalidFieldsException.of("jobFamilyId", "error.reference.unknown");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<JobFamilyView> jobFamilies() {
		return jobFamilies.findAllByOrderByCode().stream().map(f -> new JobFamilyView(f.id(), f.code(), f.name())).toList();
	}

	@Override
	public JobFamilyView createJobFamily(SaveJobFamily command) {
		if (jobFamilies.existsByCode(command.code())) {
			throw InvalidFieldsException.of("code", "error.jobFamily.codeTaken", command.code());
		}
		JobFamily family = jobFamilies.save(new JobFamily(command.code(), command.name()));
		JobFamilyView view = new JobFamilyView(family.id(), family.code(), family.name());
		audit.recordChange("CREATE", "JobFamily", family.id(), null, view);
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeadcountLine> headcountPlan() {
		Map<UUID, Department> depts = departments.findAll().stream().collect(Collectors.toMap(Department::id, Function.identity()));
		Map<UUID, Position> pos = positions.findAll().stream().collect(Collectors.toMap(Position::id, Function.identity()));
		Map<HeadcountUsage.Slot, Long> filled = new HashMap<>();
		usage.ifAvailable(u -> filled.putAll(u.filledSlots()));
		return headcount.findAll()
			.stream()
			.filter(e -> depts.containsKey(e.departmentId()) && pos.containsKey(e.positionId()))
			.map(e -> new HeadcountLine(e.departmentId(), depts.get(e.departmentId()).name(), e.positionId(),
					pos.get(e.positionId()).name(), e.planned(),
					filled.getOrDefault(new HeadcountUsage.Slot(e.departmentId(), e.positionId()), 0L)))
			.sorted(Comparator.comparing((HeadcountLine l) -> depts.get(l.departmentId()).path())
				.thenComparing(HeadcountLine::positionName))
			.toList();
	}

	@Override
	public HeadcountLine setHeadcount(SetHeadcount command) {
		Department department = departments.findById(command.departmentId())
			.orElseThrow(() -> InvalidFieldsException.of("departmentId", "error.reference.unknown"));
		Position position = positions.findById(command.positionId())
			.orElseThrow(() -> InvalidFieldsException.of("positionId", "error.reference.unknown"));
		long filled = usage.stream()
			.findFirst()
			.map(u -> u.filledSlots().getOrDefault(new HeadcountUsage.Slot(department.id(), position.id()), 0L))
			.orElse(0L);
		if (filled > command.planned()) {
			throw new BusinessRuleException(422, "error.headcount.belowFilled", command.planned(), filled);
		}
		HeadcountPlanEntry entry = headcount.findByDepartmentIdAndPositionId(department.id(), position.id())
			.orElseGet(() -> new HeadcountPlanEntry(department.id(), position.id(), 0));
		int before = entry.planned();
		entry.plan(command.planned());
		headcount.save(entry);
		audit.recordChange("PLAN", "HeadcountPlan", department.id() + ":" + position.id(), Map.of("planned", before),
				Map.of("planned", command.planned()));
		return new HeadcountLine(department.id(), department.name(), position.id(), position.name(),
				command.planned(), filled);
	}

	private Department loadDepartment(UUID id) {
		return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	private Position loadPosition(UUID id) {
		return positions.findById(id).orElseThrow(() -> new NotFoundException("Position", id));
	}

	private Map<UUID, JobFamily> familiesById() {
		return jobFamilies.findAll().stream().collect(Collectors.toMap(JobFamily::id, Function.identity()));
	}

	private static DepartmentView view(Department d) {
		return new DepartmentView(d.id(), d.parentId(), d.code(), d.name(), d.kind(), d.managerId(), d.depth(),
				d.sortOrder());
	}

	private static PositionView view(Position p, Map<UUID, JobFamily> families) {
		JobFamily family = p.jobFamilyId() == null ? null : families.get(p.jobFamilyId());
		return new PositionView(p.id(), p.code(), p.name(), p.jobFamilyId(), family == null ? null : family.name(),
				p.grade());
	}
}
