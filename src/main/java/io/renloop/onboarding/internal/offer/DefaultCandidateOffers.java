package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.CandidateOfferView;
import io.renloop.onboarding.CandidateOffers;
import io.renloop.onboarding.OfferAccepted;
import io.renloop.onboarding.OfferDeclined;
import io.renloop.onboarding.OfferStatus;
import io.renloop.onboarding.internal.signing.CodeConfirmation;
import io.renloop.onboarding.internal.signing.KeptRefusal;
import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.SigningRecord;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The candidate's side of an offer. Every call finds the offer by the hash of the link's token, then works in the
 * offer's tenant as the system actor. A wrong code is counted in a transaction of its own, so that the count
 * survives the refusal.
 */
@Service
class DefaultCandidateOffers implements CandidateOffers {

	private static final String CODES = "onboarding.offer";

	private static final String DECLINE_CODES = "onboarding.offer.decline";

	private final CandidateLinkTokens tokens;

	private final OfferRepository offers;

	private final OneTimeCodes codes;

	private final OfferFacts facts;

	private final OfferLetter letter;

	private final OfferDocuments documents;

	private final OfferNotifications notifications;

	private final DocumentSigning signer;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DefaultCandidateOffers(CandidateLinkTokens tokens, OfferRepository offers, OneTimeCodes codes, OfferFacts facts,
			OfferLetter letter, OfferDocuments documents, OfferNotifications notifications, DocumentSigning signer,
			ApplicationEventPublisher events, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.offers = offers;
		this.codes = codes;
		this.facts = facts;
		this.letter = letter;
		this.documents = documents;
		this.notifications = notifications;
		this.signer = signer;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public CandidateOfferView view(String token) {
		return inOffer(token, offer -> {
			expireIfLate(offer);
			return view(offer, null);
		});
	}

	@Override
	public byte[] pdf(String token) {
		return inOffer(token, offer -> documents.find(TenantContext.require(), offer.id(), OfferDocuments.SIGNED)
			.orElseGet(() -> letter.render(offer, facts.of(offer))));
	}

	@Override
	public CandidateOfferView accept(String token, ClientInfo client) {
		return inOffer(token, offer -> withNewCode(offer, client, "ACCEPT",
				(hash, expiresAt, now) -> offer.accept(hash, expiresAt, client.ip(), client.userAgent(), now),
				notifications::sendCode));
	}

	@Override
	public CandidateOfferView requestDeclineCode(String token, ClientInfo client) {
		return inOffer(token, offer -> withNewCode(offer, client, "DECLINE_CODE", offer::requestDeclineCode,
				notifications::sendDeclineCode));
	}

	/** Issues a one-time code, lets the offer keep its hash, sends it to the candidate and audits the request. */
	private CandidateOfferView withNewCode(Offer offer, ClientInfo client, String action, CodeKeeper keeper,
			CodeSender sender) {
		requireInTime(offer);
		String code = codes.issue();
		Instant now = clock.instant();
		keeper.keep(OneTimeCodes.hash(offer.id(), code), now.plus(OneTimeCodes.VALIDITY), now);
		String sentTo = sender.send(offer, facts.of(offer), code);
		audit.recordChange(action, DefaultOffers.ENTITY, offer.id(), null, clientRecord(client));
		return view(offer, sentTo);
	}

	/** The offer's transition that keeps a new code's hash. */
	private interface CodeKeeper {

		void keep(String codeHash, Instant expiresAt, Instant now);
	}

	/** Sends a code to the candidate; returns where it went by e-mail, masked. */
	private interface CodeSender {

		String send(Offer offer, OfferFacts.Names names, String code);
	}

	@Override
	public CandidateOfferView confirm(String token, String code, ClientInfo client) {
		return inOffer(token, offer -> {
			offer.requireUsableLink();
			CodeConfirmation.requirePending(offer, CODES);
			requireInTime(offer);
			checkCode(offer, offer, code, client, CODES);
			return sign(offer, client);
		});
	}

	/** Checks the code against the pending one; a wrong code is counted and audited before it is refused. */
	private void checkCode(Offer offer, CodeConfirmation.PendingCode pending, String code, ClientInfo client,
			String prefix) {
		try {
			CodeConfirmation.check(pending, code, clock.instant(), prefix);
		}
		catch (KeptRefusal wrong) {
			audit.recordChange("WRONG_CODE", DefaultOffers.ENTITY, offer.id(), null,
					Map.of("attemptsLeft", offer.attemptsLeft(), "ip", String.valueOf(client.ip())));
			throw wrong;
		}
	}

	private CandidateOfferView sign(Offer offer, ClientInfo client) {
		Instant now = clock.instant();
		OfferFacts.Names names = facts.of(offer);
		byte[] unsigned = letter.render(offer, names);
		SigningRecord record = new SigningRecord(names.candidate(), now, String.valueOf(client.ip()),
				"one-time code by e-mail/SMS (一次性验证码)", offer.id().toString(), OfferLetter.sha256(unsigned));
		byte[] signed = signer.sign(letter.withSignatureRecord(unsigned, record, facts.zone()),
				TenantContext.require(), record);
		offer.sign(client.ip(), client.userAgent(), now);
		documents.store(TenantContext.require(), offer.id(), OfferDocuments.SIGNED, signed, now);
		events.publishEvent(new OfferAccepted(TenantContext.require(), offer.id(), offer.applicationId(),
				offer.candidateId(), offer.requisitionId(), offer.departmentId(), offer.positionId(),
				offer.monthlySalary(), offer.startDate(), offer.probationMonths(), now));
		Map<String, Object> after = clientRecord(client);
		after.put("status", offer.status().name());
		after.put("unsignedSha256", record.unsignedSha256());
		after.put("signedSha256", OfferLetter.sha256(signed));
		audit.recordChange("SIGN", DefaultOffers.ENTITY, offer.id(), null, after);
		notifications.toRecruiter(offer, names, "onboarding.mail.offerSigned", null);
		return view(offer, null);
	}

	@Override
	public CandidateOfferView decline(String token, String reason, String code, ClientInfo client) {
		return inOffer(token, offer -> {
			requireInTime(offer);
			if (!StringUtils.hasText(reason)) {
				throw InvalidFieldsException.of("reason", "onboarding.offer.declineReason");
			}
			if (reason.length() > 1000) {
				throw InvalidFieldsException.of("reason", "onboarding.offer.declineReasonLength");
			}
			// a link alone must not end an offer: whoever declines proves, like an accepting candidate, that the
			// code sent to the candidate's e-mail or phone reached them
			CodeConfirmation.PendingCode declining = offer.declining();
			CodeConfirmation.requirePending(declining, DECLINE_CODES);
			checkCode(offer, declining, code, client, DECLINE_CODES);
			Instant declinedAt = clock.instant();
			offer.decline(reason.strip(), declinedAt);
			events.publishEvent(new OfferDeclined(TenantContext.require(), offer.id(), offer.applicationId(),
					offer.requisitionId(), offer.departmentId(), offer.positionId(), declinedAt));
			Map<String, Object> after = clientRecord(client);
			after.put("status", offer.status().name());
			audit.recordChange("DECLINE", DefaultOffers.ENTITY, offer.id(), null, after);
			notifications.toRecruiter(offer, facts.of(offer), "onboarding.mail.offerDeclined", reason.strip());
			return view(offer, null);
		});
	}

	/** Runs {@code work} on the token's offer in its tenant; a {@link KeptRefusal} keeps the changes made so far. */
	@SuppressWarnings("unchecked")
	private <T> T inOffer(String token, Function<Offer, T> work) {
		CandidateLinkTokens.Located located = tokens.locate(token);
		Object result = SystemActor.callAs(located.tenantId(), () -> transactions.execute(status -> {
			Offer offer = offers.findById(located.offerId()).orElseThrow(CandidateLinkTokens::unknown);
			try {
				Object done = work.apply(offer);
				offers.save(offer);
				return done;
			}
			catch (KeptRefusal refusal) {
				offers.save(offer);
				return refusal;
			}
		}));
		if (result instanceof KeptRefusal refusal) {
			throw refusal;
		}
		return (T) result;
	}

	/** Past the reply-by date an open offer expires; refused with 410 (the expiry itself is kept). */
	private void requireInTime(Offer offer) {
		offer.requireUsableLink();
		if (expireIfLate(offer) || offer.status() == OfferStatus.EXPIRED) {
			throw new KeptRefusal(410, "onboarding.offer.link.expired");
		}
	}

	private boolean expireIfLate(Offer offer) {
		LocalDate today = LocalDate.now(clock.withZone(facts.zone()));
		if ((offer.status() == OfferStatus.APPROVED || offer.status() == OfferStatus.ACCEPTED)
				&& today.isAfter(offer.replyBy())) {
			offer.expire(clock.instant());
			return true;
		}
		return false;
	}

	private CandidateOfferView view(Offer offer, String codeSentTo) {
		OfferFacts.Names names = facts.of(offer);
		return new CandidateOfferView(names.company(), names.candidate(), names.position(), names.department(),
				offer.monthlySalary(), offer.startDate(), offer.probationMonths(), offer.language(), offer.replyBy(),
				offer.status(), offer.codeHash() != null, offer.declineCodeHash() != null, codeSentTo,
				offer.attemptsLeft(), offer.locked(), offer.signedAt());
	}

	private static Map<String, Object> clientRecord(ClientInfo client) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("ip", String.valueOf(client.ip()));
		values.put("userAgent", String.valueOf(client.userAgent()));
		return values;
	}
}
