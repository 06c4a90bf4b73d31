package io.renloop.offboarding.internal;

import io.renloop.employee.Employees;
import io.renloop.employee.PersonalData;
import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.Sha256;
import io.renloop.platform.SigningRecord;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantTime;
import io.renloop.platform.TextPdf;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Makes a leaving document: its text as an A4 PDF with the CJK font, sealed with the tenant's certificate like offers
 * (a document the company issues, so the signature names the company, not a signer's one-time code).
 */
@Component
class LeavingDocumentPdfs {

	private final LeavingDocumentTexts texts;

	private final LeavingChecklists checklists;

	private final Employees employees;

	private final TenantAdministration tenants;

	private final TextPdf pdf;

	private final DocumentSigning signing;

	private final TenantTime time;

	LeavingDocumentPdfs(LeavingDocumentTexts texts, LeavingChecklists checklists, Employees employees,
			TenantAdministration tenants, TextPdf pdf, DocumentSigning signing, TenantTime time) {
		this.texts = texts;
		this.checklists = checklists;
		this.employees = employees;
		this.tenants = tenants;
		this.pdf = pdf;
		this.signing = signing;
		this.time = time;
	}

	byte[] make(String tenantId, OffboardingCase offboarding, LeavingDocumentKind kind, Instant now) {
		String company = company(tenantId);
		LeavingDocumentTexts.Facts facts = new LeavingDocumentTexts.Facts(offboarding, company,
				maskedIdNumber(offboarding), time.today(), time.zone(tenantId), checklists.of(offboarding.id()));
		LeavingDocumentTexts.Content content = texts.of(kind, facts);
		byte[] unsigned = pdf.render(content.title(), content.paragraphs());
		return signing.sign(unsigned, tenantId,
				SigningRecord.issued(company, now, offboarding.id() + "/" + kind.slug(), Sha256.hex(unsigned)));
	}

	String company(String tenantId) {
		return tenants.tenant(tenantId).map(TenantAdministration.TenantView::name).orElse(tenantId);
	}

	/** The ID number as the employee record shows it without a reveal (masked), or null when none is known. */
	private String maskedIdNumber(OffboardingCase offboarding) {
		PersonalData data = employees.get(offboarding.employeeId()).personalData();
		return data == null ? null : data.idNumber();
	}
}
