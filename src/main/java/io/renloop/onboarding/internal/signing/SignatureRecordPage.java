package io.renloop.onboarding.internal.signing;

import io.renloop.platform.SigningRecord;
import io.renloop.platform.TextPdf;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The "电子签署记录 / Signature record" page added to a document before it is signed. */
@Component
public class SignatureRecordPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final TextPdf pdf;

	SignatureRecordPage(TextPdf pdf) {
		this.pdf = pdf;
	}

	/**
	 * @param documentLabel what the document is, both languages, e.g. {@code 录用通知 / Offer}
	 */
	public byte[] append(byte[] document, SigningRecord record, ZoneId zone, String documentLabel) {
		String time = TIME.format(record.signedAt().atZone(zone)) + " (" + zone.getId() + ")";
		return pdf.append(document, "电子签署记录 / Signature record", List.of(
				"签署人 / Signed by: " + record.signerName(),
				"时间 / Time: " + time + " · " + record.signedAt(),
				"IP 地址 / IP address: " + record.ipAddress(),
				"身份验证 / Verification: " + record.verification(),
				documentLabel + ": " + record.documentId(),
				"原文 SHA-256 / SHA-256 of the unsigned document:\n" + record.unsignedSha256(),
				"本页之后由公司证书进行 PAdES 数字签名；任何改动都会使签名失效。\nThe document is sealed with the company's "
						+ "PAdES digital signature after this page; any change invalidates it."));
	}
}
