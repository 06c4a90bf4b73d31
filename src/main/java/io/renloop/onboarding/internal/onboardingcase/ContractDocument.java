package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ContractTemplates;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.internal.pdf.TemplateText;
import io.renloop.platform.TextPdf;
import io.renloop.organization.Organization;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The labour contract PDF of a case from the tenant's template: the offer's terms as the case holds them and the
 * new hire's confirmed information, the ID number in full (only the new hire and HR see the contract).
 */
@Component
class ContractDocument {

	private final ContractTemplates templates;

	private final TextPdf pdf;

	private final Organization organization;

	private final TenantAdministration tenants;

	ContractDocument(ContractTemplates templates, TextPdf pdf, Organization organization,
			TenantAdministration tenants) {
		this.templates = templates;
		this.pdf = pdf;
		this.organization = organization;
		this.tenants = tenants;
	}

	/** The contract's language: Chinese for holders of a PRC resident ID, English for passport holders. */
	static String languageFor(PersonalInfo info) {
		return "PASSPORT".equals(info.idType()) ? "en" : "zh";
	}

	byte[] render(OnboardingCase onboarding, PersonalInfo info, String language) {
		ContractTemplates.Template template = templates.get(language);
		boolean chinese = "zh".equals(language);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("companyName", companyName());
		values.put("employeeName", info.name());
		values.put("idType", "PASSPORT".equals(info.idType()) ? (chinese ? "护照" : "Passport")
				: (chinese ? "居民身份证" : "PRC resident ID"));
		values.put("idNumber", String.valueOf(info.idNumber()));
		values.put("address", String.valueOf(info.address()));
		values.put("phone", String.valueOf(info.phone()));
		values.put("positionName", onboarding.positionId() == null ? "—"
				: organization.position(onboarding.positionId()).name());
		values.put("departmentName", organization.department(onboarding.departmentId()).name());
		values.put("placeOfWork", template.placeOfWork());
		values.put("termMonths", String.valueOf(template.termMonths()));
		values.put("startDate", onboarding.startDate().toString());
		values.put("endDate", onboarding.startDate().plusMonths(template.termMonths()).minusDays(1).toString());
		values.put("probationMonths", String.valueOf(onboarding.probationMonths()));
		values.put("probationEndDate", onboarding.probationEndDate() == null ? "—"
				: onboarding.probationEndDate().minusDays(1).toString());
		values.put("monthlySalary", money(onboarding));
		return pdf.render(template.title(), TemplateText.paragraphs(template.body(), values));
	}

	String companyName() {
		String tenant = TenantContext.require();
		return tenants.tenant(tenant).map(TenantAdministration.TenantView::name).orElse(tenant);
	}

	private static String money(OnboardingCase onboarding) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(onboarding.monthlySalary().setScale(2, RoundingMode.HALF_UP));
	}
}
