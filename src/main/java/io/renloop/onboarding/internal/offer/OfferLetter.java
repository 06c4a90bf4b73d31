package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferTemplates;
import io.renloop.onboarding.internal.pdf.TemplateText;
import io.renloop.platform.TextPdf;
import io.renloop.platform.Sha256;
import io.renloop.onboarding.internal.signing.SignatureRecordPage;
import io.renloop.platform.SigningRecord;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The offer letter PDF from the tenant's template, and the signature record page added before signing. */
@Component
class OfferLetter {

	private final OfferTemplates templates;

	private final TextPdf pdf;

	private final SignatureRecordPage recordPage;

	OfferLetter(OfferTemplates templates, TextPdf pdf, SignatureRecordPage recordPage) {
		this.templates = templates;
		this.pdf = pdf;
		this.recordPage = recordPage;
	}

	byte[] render(Offer offer, OfferFacts.Names names) {
		OfferTemplates.Template template = templates.get(offer.language());
		Map<String, String> values = Map.of("candidateName", names.candidate(), "positionName", names.position(),
				"departmentName", names.department(), "monthlySalary", money(offer), "startDate",
				offer.startDate().toString(), "probationMonths", String.valueOf(offer.probationMonths()), "companyName",
				names.company(), "replyBy", offer.replyBy().toString());
		return pdf.render(template.title(), TemplateText.paragraphs(template.body(), values));
	}

	/** The letter with the "电子签署记录 / Signature record" page appended. */
	byte[] withSignatureRecord(byte[] letter, SigningRecord record, ZoneId zone) {
		return recordPage.append(letter, record, zone, "录用通知 / Offer");
	}

	static String money(Offer offer) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(offer.monthlySalary().setScale(2, RoundingMode.HALF_UP));
	}

	static String sha256(byte[] content) {
		return Sha256.hex(content);
	}
}
