package io.renloop.offboarding.internal;

import io.renloop.offboarding.CaseStatus;
import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.offboarding.LeavingDocuments;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TenantTransactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaving documents: made and signed on their first read once they may exist, then served as stored. HR reads
 * them by case (the controller requires OFFBOARDING_ADMIN); the leaver by the token of their link, which names the
 * tenant — that work runs as the tenant's system actor, audited as a read through the link.
 */
@Service
class DefaultLeavingDocuments implements LeavingDocuments {

	static final String ENTITY = "LeavingDocument";

	private final OffboardingCaseRepository cases;

	private final LeavingDocumentStore store;

	private final LeavingDocumentPdfs pdfs;

	private final LeavingDocumentLinks links;

	private final LeaverLinks leaverLinks;

	private final AuditTrail audit;

	private final TenantTransactions inTenant;

	private final Clock clock;

	private final TenantTime time;

	DefaultLeavingDocuments(OffboardingCaseRepository cases, LeavingDocumentStore store, LeavingDocumentPdfs pdfs,
			LeavingDocumentLinks links, LeaverLinks leaverLinks, AuditTrail audit, TenantTransactions inTenant,
			Clock clock, TenantTime time) {
		this.cases = cases;
		this.store = store;
		this.pdfs = pdfs;
		this.links = links;
		this.leaverLinks = leaverLinks;
		this.audit = audit;
		this.inTenant = inTenant;
		this.clock = clock;
		this.time = time;
	}

	@Override
	@Transactional
	public CaseDocuments ofCase(UUID caseId) {
		OffboardingCase offboarding = find(caseId);
		String tenant = TenantContext.require();
		audit.recordSensitiveRead(ENTITY, caseId, "documents,link");
		var link = leaverLinks.linkOf(tenant, offboarding);
		return new CaseDocuments(caseId, link.map(l -> leaverLinks.url(l.token())).orElse(null),
				link.map(LeavingDocumentLinks.Link::expiresAt).orElse(null),
				link.map(l -> LocalDate.ofInstant(l.expiresAt(), time.zone(tenant))).orElse(null),
				entries(tenant, offboarding));
	}

	@Override
	@Transactional
	public byte[] pdf(UUID caseId, LeavingDocumentKind kind) {
		OffboardingCase offboarding = find(caseId);
		byte[] pdf = document(TenantContext.require(), offboarding, kind);
		audit.recordSensitiveRead(ENTITY, caseId, kind.slug());
		return pdf;
	}

	@Override
	public LeaverDocuments forLeaver(String token) {
		LeavingDocumentLinks.Located located = links.locate(token, clock.instant());
		return asSystem(located, offboarding -> {
			audit.recordSensitiveRead(ENTITY, offboarding.id(), "link:page");
			return new LeaverDocuments(offboarding.employeeName(), pdfs.company(located.tenantId()),
					offboarding.lastDay(),
					LocalDate.ofInstant(located.expiresAt(), time.zone(located.tenantId())), entries(located.tenantId(), offboarding));
		});
	}

	@Override
	public byte[] pdfForLeaver(String token, LeavingDocumentKind kind) {
		LeavingDocumentLinks.Located located = links.locate(token, clock.instant());
		return asSystem(located, offboarding -> {
			if (!available(offboarding, kind)) {
				throw LeavingDocumentLinks.unknown();
			}
			byte[] pdf = document(located.tenantId(), offboarding, kind);
			audit.recordSensitiveRead(ENTITY, offboarding.id(), "link:" + kind.slug());
			return pdf;
		});
	}

	private <T> T asSystem(LeavingDocumentLinks.Located located, Function<OffboardingCase, T> work) {
		return SystemActor.callAs(located.tenantId(), () -> inTenant.call(located.tenantId(),
				() -> work.apply(cases.findById(located.caseId()).orElseThrow(LeavingDocumentLinks::unknown))));
	}

	private byte[] document(String tenant, OffboardingCase offboarding, LeavingDocumentKind kind) {
		if (!available(offboarding, kind)) {
			throw new BusinessRuleException("offboarding.documents.notYet");
		}
		return store.find(tenant, offboarding.id(), kind).orElseGet(() -> {
			store.storeIfAbsent(tenant, offboarding.id(), kind, pdfs.make(tenant, offboarding, kind, clock.instant()),
					clock.instant());
			return store.find(tenant, offboarding.id(), kind).orElseThrow();
		});
	}

	/** Every document once the employment has ended; the settlement statement only of an approved settlement. */
	static boolean available(OffboardingCase offboarding, LeavingDocumentKind kind) {
		return offboarding.status() == CaseStatus.LEFT
				&& (kind != LeavingDocumentKind.SETTLEMENT_STATEMENT || offboarding.settlementApprovedAt() != null);
	}

	private List<DocumentEntry> entries(String tenant, OffboardingCase offboarding) {
		Map<LeavingDocumentKind, LeavingDocumentStore.Stored> stored = store.list(tenant, offboarding.id())
			.stream()
			.collect(Collectors.toMap(LeavingDocumentStore.Stored::kind, Function.identity()));
		return Arrays.stream(LeavingDocumentKind.values()).map(kind -> {
			LeavingDocumentStore.Stored made = stored.get(kind);
			return new DocumentEntry(kind, kind.slug(), available(offboarding, kind),
					made == null ? null : made.createdAt(), made == null ? null : made.sha256());
		}).toList();
	}

	private OffboardingCase find(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException(DefaultOffboardingCases.ENTITY, caseId));
	}
}
