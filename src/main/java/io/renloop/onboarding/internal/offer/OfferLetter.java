package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferTemplates;
import io.renloop.onboarding.internal.pdf.TextPdf;
import io.renloop.onboarding.internal.signing.SigningRecord;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The offer letter PDF from the tenant's template, and the signature record page added before signing. */
@Component
class OfferLetter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final OfferTemplates templates;

	private final TextPdf pdf;

	OfferLetter(OfferTemplates templates, TextPdf pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	byte[] render(Offer offer, OfferFacts.Names names) {
		OfferTemplates.Template template = templates.get(offer.language());
		Map<String, String> values = Map.of("candidateName", names.candidate(), "positionName", names.position(),
				"departmentName", names.department(), "monthlySalary", money(offer), "startDate",
				offer.startDate().toString(), "probationMonths", String.valueOf(offer.probationMonths()), "companyName",
				names.company(), "replyBy", offer.replyBy().toString());
		String body = template.body();
		for (Map.Entry<String, String> value : values.entrySet()) {
			body = body.replace("{" + value.getKey() + "}", value.getValue());
		}
		return pdf.render(template.title(), List.of(body.split("\n\n")));
	}

	/** The letter with the "电子签署记录 / Signature record" page appended. */
	byte[] withSignatureRecord(byte[] letter, SigningRecord record, ZoneId zone) {
		String time = TIME.format(record.signedAt().atZone(zone)) + " (" + zone.getId() + ")";
		return pdf.append(letter, "电子签署记录 / Signature record", List.of(
				"签署人 / Signed by: " + record.signerName(),
				"时间 / Time: " + time + " · " + record.signedAt(),
				"IP 地址 / IP address: " + record.ipAddress(),
				"身份验证 / Verification: " + record.verification(),
				"录用通知 / Offer: " + record.documentId(),
				"原文 SHA-256 / SHA-256 of the unsigned offer:\n" + record.unsignedSha256(),
				"本页之后由公司证书进行 PAdES 数字签名；任何改动都会使签名失效。\nThe document is sealed with the company's "
						+ "PAdES digital signature after this page; any change invalidates it."));
	}

	static String money(Offer offer) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(offer.monthlySalary().setScale(2, RoundingMode.HALF_UP));
	}

	static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
