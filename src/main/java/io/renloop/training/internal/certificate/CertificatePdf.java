package io.renloop.training.internal.certificate;

import io.renloop.platform.TextPdf;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The printable internal certificate, in both languages, with the code that verifies it. */
@Component
class CertificatePdf {

	private final TextPdf pdf;

	CertificatePdf(TextPdf pdf) {
		this.pdf = pdf;
	}

	byte[] render(String holder, Certificate c, CertificateType type, LocalDate today) {
		String nameZh = type == null ? c.typeCode() : type.nameZh();
		String nameEn = type == null ? c.typeCode() : type.nameEn();
		return pdf.render("培训合格证书 Certificate of Training", List.of(
				"持证人 Holder: " + holder,
				"证书 Certificate: " + nameZh + " / " + nameEn,
				"考试 Exam: " + c.issuer(),
				"编号 Number: " + c.number(),
				"发证日期 Issued: " + c.issuedOn(),
				"有效期至 Valid until: " + (c.expiresOn() == null ? "—" : c.expiresOn().toString()),
				"状态 Status (" + today + "): " + ExpiryStatus.on(c.expiresOn(), today),
				"验证码 Verification code: " + c.verifyCode(),
				"验证 Verify: /verify/certificates/" + c.verifyCode()));
	}
}
