package io.renloop.offboarding;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a leaver receives, each a signed PDF: the leaving certificate (离职证明, Labour Contract Law art. 50),
 * the statement of the approved final settlement and the record of the handover checklist. The slug names the
 * document in URLs.
 */
public enum LeavingDocumentKind {

	LEAVING_CERTIFICATE("leaving-certificate"), SETTLEMENT_STATEMENT("settlement-statement"),
	HANDOVER_RECORD("handover-record");

	private final String slug;

	LeavingDocumentKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	/** The kind a URL names, if any. */
	public static Optional<LeavingDocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}
}
