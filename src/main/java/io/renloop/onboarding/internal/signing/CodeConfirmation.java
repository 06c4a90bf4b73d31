package io.renloop.onboarding.internal.signing;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.util.StringUtils;

/**
 * The rules of confirming a signature with a one-time code, shared by offers and labour contracts: a used code is
 * refused (409), as is a confirmation with no code pending (409), an expired code (410), a missing code (400) and a
 * wrong one (400 with the attempts left, 423 once locked). Message keys are {@code <prefix>.codeUsed},
 * {@code .noCodePending}, {@code .codeExpired}, {@code .codeRequired}, {@code .wrongCode} and {@code .linkLocked}.
 */
public final class CodeConfirmation {

	private CodeConfirmation() {
	}

	/** A document waiting for its signer's one-time code. */
	public interface PendingCode {

		UUID documentId();

		boolean signed();

		String codeHash();

		Instant codeExpiresAt();

		boolean locked();

		int attemptsLeft();

		/** Counts a wrong code toward the lock. */
		void failCode(Instant now);
	}

	/** @throws BusinessRuleException 409 when signed already or when no code waits */
	public static void requirePending(PendingCode document, String prefix) {
		if (document.signed()) {
			throw new BusinessRuleException(prefix + ".codeUsed");
		}
		if (document.codeHash() == null) {
			throw new BusinessRuleException(prefix + ".noCodePending");
		}
	}

	/**
	 * Checks {@code code} against the pending one; a wrong code is counted and refused with a {@link KeptRefusal}.
	 */
	public static void check(PendingCode document, String code, Instant now, String prefix) {
		if (!now.isBefore(document.codeExpiresAt())) {
			throw new BusinessRuleException(410, prefix + ".codeExpired");
		}
		if (!StringUtils.hasText(code)) {
			throw InvalidFieldsException.of("code", prefix + ".codeRequired");
		}
		if (!OneTimeCodes.matches(document.documentId(), code, document.codeHash())) {
			document.failCode(now);
			throw document.locked() ? new KeptRefusal(423, prefix + ".linkLocked")
					: new KeptRefusal(400, prefix + ".wrongCode", document.attemptsLeft());
		}
	}
}
