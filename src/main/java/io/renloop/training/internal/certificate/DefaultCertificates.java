package io.renloop.training.internal.certificate;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.Employees;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.training.Certificates;
import io.renloop.training.ComplianceOverview;
import io.renloop.training.Upload;
import io.renloop.training.internal.ComplianceLineTable;
import io.renloop.training.internal.LearnerRoster;
import io.renloop.training.internal.Learners;
import io.renloop.training.internal.Learners.Audience;
import io.renloop.training.internal.files.FileLimits;
import io.renloop.training.internal.files.FileStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultCertificates implements Certificates {

	private final TypeStore types;

	private final CertificateStore certificates;

	private final Learners employees;

	private final Employees allEmployees;

	private final FileStore files;

	private final FileLimits limits;

	private final CertificatePdf pdf;

	private final AuditTrail audit;

	private final TenantTime time;

	private final ComplianceLines lines;

	private final LearnerRoster roster;

	private final ComplianceLineTable complianceLines;

	DefaultCertificates(TypeStore types, CertificateStore certificates, Learners employees,
			Employees allEmployees, FileStore files, FileLimits limits, CertificatePdf pdf, AuditTrail audit,
			TenantTime time, ComplianceLines lines, LearnerRoster roster,
			ComplianceLineTable complianceLines) {
		this.types = types;
		this.certificates = certificates;
		this.employees = employees;
		this.allEmployees = allEmployees;
		this.files = files;
		this.limits = limits;
		this.pdf = pdf;
		this.audit = audit;
		this.time = time;
		this.lines = lines;
		this.roster = roster;
		this.complianceLines = complianceLines;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TypeView> types() {
		return types.all().stream().map(CertificateType::view).toList();
	}

	@Override
	public TypeView saveType(String code, SaveType command) {
		if (!code.matches("[A-Za-z0-9_-]{1,40}")) {
			throw InvalidFieldsException.of("code", "error.training.code");
		}
		Optional<CertificateType> before = types.find(code);
		types.save(code, command);
		complianceLines.refreshAll();
		CertificateType after = types.find(code).orElseThrow();
		audit.recordChange(before.isPresent() ? "UPDATE" : "CREATE", "TrainingCertificateType", code,
				before.map(CertificateType::view).orElse(null), after.view());
		return after.view();
	}

	@Override
	public CertificateView add(AddCertificate command, Upload scan) {
		EmployeeDetails employee = employees.get(command.employeeId());
		CertificateType type = types.find(command.type())
			.orElseThrow(() -> InvalidFieldsException.of("type", "error.training.certificate.unknownType", command.type()));
		if (command.expiresOn() != null && command.expiresOn().isBefore(command.issuedOn())) {
			throw InvalidFieldsException.of("expiresOn", "error.training.certificate.expiresBeforeIssued");
		}
		if (certificates.exists(employee.id(), type.code(), command.number().strip())) {
			throw new BusinessRuleException("error.training.certificate.duplicate", command.number());
		}
		FileStore.StoredFile stored = scan == null ? null
				: files.put(TenantContext.require(), "certificates", scan, FileLimits.SCAN_TYPES,
						limits.maxDocument().toBytes());
		UUID id = certificates.insert(new Certificate(null, employee.id(), type.code(), command.number().strip(),
				command.issuer().strip(), command.issuedOn(), command.expiresOn(), "HR",
				stored == null ? null : stored.key(), null), stored == null ? null : stored.contentType(),
				time.clock().instant());
		CertificateView view = view(certificates.find(id).orElseThrow(), Map.of(type.code(), type));
		audit.recordChange("CREATE", "TrainingCertificate", id, null, view);
		return view;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateView> of(UUID employeeId) {
		employees.get(employeeId);
		return views(certificates.ofEmployee(employeeId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateView> expiredBefore(LocalDate day) {
		if (CurrentUser.require().dataScope() != DataScope.TENANT) {
			throw new AccessDeniedException("the expired certificates of everyone need the whole tenant in scope");
		}
		return views(certificates.expiredBefore(day));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateView> mine() {
		return views(certificates.ofEmployee(employees.myId()));
	}

	@Override
	public void compliance(UUID departmentId, Consumer<ComplianceRow> each) {
		Audience audience = audience(departmentId);
		lines.each(audience, time.today(), typeNames(), each);
		audit.recordSensitiveRead("TrainingCompliance", departmentId == null ? "all" : departmentId, "certificates");
	}

	@Override
	public ComplianceOverview overview(UUID departmentId, Status status, int page) {
		Audience audience = audience(departmentId);
		LocalDate today = time.today();
		Map<String, String> names = typeNames();
		ComplianceOverview overview = ComplianceOverview.counted(lines.counts(audience, today, names), status, page,
				(statuses, offset, limit) -> lines.page(audience, today, names, statuses, offset, limit));
		audit.recordSensitiveRead("TrainingCompliance", departmentId == null ? "all" : departmentId, "certificates");
		return overview;
	}

	@Override
	public ComplianceRebuilt rebuildCompliance() {
		long started = System.nanoTime();
		int latest = certificates.rebuildLatest();
		int learners = roster.rebuild();
		ComplianceRebuilt rebuilt = new ComplianceRebuilt(learners, latest, (System.nanoTime() - started) / 1_000_000);
		audit.recordChange("REBUILD", "TrainingCompliance", "all", null, rebuilt);
		return rebuilt;
	}

	/** Whom the caller may see; the learners are filled first for a tenant whose copy never was (an upgrade). */
	private Audience audience(UUID departmentId) {
		roster.fillOnce();
		return employees.audience(departmentId);
	}

	private Map<String, String> typeNames() {
		return types.all().stream().collect(Collectors.toMap(CertificateType::code, CertificateType::name));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(UUID certificateId) {
		UUID me = employees.myId();
		Certificate c = certificates.find(certificateId)
			.filter(found -> found.employeeId().equals(me) && found.verifyCode() != null)
			.orElseThrow(() -> new NotFoundException("TrainingCertificate", certificateId));
		return pdf.render(employees.me().name(), c, typesByCode().get(c.typeCode()), time.today());
	}

	/** Outside a transaction: the tenant is known only from the code, and the work runs as that tenant. */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Verified> verify(String code) {
		if (code == null || !code.matches("[0-9A-Z]{6,40}")) {
			return Optional.empty();
		}
		return certificates.byVerifyCode(code).map(found -> SystemActor.callAs(found.tenantId(), () -> {
			Certificate c = found.certificate();
			CertificateType type = typesByCode().get(c.typeCode());
			String holder = Holders.masked(allEmployees.get(c.employeeId()).name());
			return new Verified(holder, type == null ? c.typeCode() : type.name(), c.number(), c.issuer(),
					c.issuedOn(), c.expiresOn(), ExpiryStatus.on(c.expiresOn(), LocalDate.now(
							time.clock().withZone(time.zone(found.tenantId())))));
		}));
	}

	private Map<String, CertificateType> typesByCode() {
		return types.all().stream().collect(Collectors.toMap(CertificateType::code, Function.identity()));
	}

	private static String name(Map<String, CertificateType> byCode, String code) {
		CertificateType type = byCode.get(code);
		return type == null ? code : type.name();
	}

	private List<CertificateView> views(List<Certificate> list) {
		Map<String, CertificateType> byCode = typesByCode();
		return list.stream().map(c -> view(c, byCode)).toList();
	}

	private CertificateView view(Certificate c, Map<String, CertificateType> byCode) {
		return new CertificateView(c.id(), c.employeeId(), c.typeCode(), name(byCode, c.typeCode()), c.number(),
				c.issuer(), c.issuedOn(), c.expiresOn(), ExpiryStatus.on(c.expiresOn(), time.today()), c.source(),
				c.scanFile() != null, c.verifyCode());
	}
}
