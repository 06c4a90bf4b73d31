package io.renloop.training.internal.certificate;

import io.renloop.training.Certificates.TypeView;
import io.renloop.training.internal.Language;
import java.util.List;
import java.util.UUID;

/** A tenant's certificate type as stored, with the positions that require it. */
record CertificateType(String code, String nameZh, String nameEn, Integer validityMonths, List<UUID> requiredFor) {

	String name() {
		return Language.pick(nameZh, nameEn);
	}

	TypeView view() {
		return new TypeView(code, name(), nameZh, nameEn, validityMonths, requiredFor);
	}
}
