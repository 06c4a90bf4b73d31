package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.internal.signing.CodeConfirmation;
import java.time.Instant;
import java.util.UUID;

/**
 * An offer seen as waiting for the one-time code that confirms declining it: the same rules, attempts and lock as
 * the code that confirms accepting it.
 */
record DecliningCode(Offer offer) implements CodeConfirmation.PendingCode {

	@Override
	public UUID documentId() {
		return offer.id();
	}

	@Override
	public boolean signed() {
		return offer.signed();
	}

	@Override
	public String codeHash() {
		return offer.declineCodeHash();
	}

	@Override
	public Instant codeExpiresAt() {
		return offer.codeExpiresAt();
	}

	@Override
	public boolean locked() {
		return offer.locked();
	}

	@Override
	public int attemptsLeft() {
		return offer.attemptsLeft();
	}

	@Override
	public void failCode(Instant now) {
		offer.failCode(now);
	}
}
