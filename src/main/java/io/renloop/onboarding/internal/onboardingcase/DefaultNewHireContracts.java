package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.CandidateOffers.ClientInfo;
import io.renloop.onboarding.NewHireContracts;
import io.renloop.onboarding.OnboardingViews.ContractView;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.onboarding.internal.signing.CodeConfirmation;
import io.renloop.onboarding.internal.signing.KeptRefusal;
import io.renloop.onboarding.internal.signing.OneTimeCodes;
import io.renloop.platform.DocumentSigning;
import io.renloop.platform.Sha256;
import io.renloop.onboarding.internal.signing.SignatureRecordPage;
import io.renloop.platform.SigningRecord;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The new hire's labour contract. Every call resolves the link's token to its case and works in the case's tenant
 * as the system actor; a wrong code is counted in the transaction of the request, which commits before the
 * refusal is thrown.
 */
@Service
class DefaultNewHireContracts implements NewHireContracts {

	static final String ENTITY = "LabourContract";

	private static final String CODES = "onboarding.contract";

	private final NewHireTokens tokens;

	private final OnboardingCaseRepository cases;

	private final LabourContractRepository contracts;

	private final PersonalInfoSeal seal;

	private final ContractDocument document;

	private final ContractCodeMessages messages;

	private final OneTimeCodes codes;

	private final SignatureRecordPage recordPage;

	private final DocumentSigning signer;

	private final OnboardingTexts texts;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DefaultNewHireContracts(NewHireTokens tokens, OnboardingCaseRepository cases, LabourContractRepository contracts,
			PersonalInfoSeal seal, ContractDocument document, ContractCodeMessages messages, OneTimeCodes codes,
			SignatureRecordPage recordPage, DocumentSigning signer, OnboardingTexts texts, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.cases = cases;
		this.contracts = contracts;
		this.seal = seal;
		this.document = document;
		this.messages = messages;
		this.codes = codes;
		this.recordPage = recordPage;
		this.signer = signer;
		this.texts = texts;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public byte[] pdf(String token) {
		return inCase(token, onboarding -> {
			LabourContract contract = contracts.findById(onboarding.id()).orElse(null);
			if (contract != null && contract.signed()) {
				return seal.openContent(contract.signedPdf());
			}
			PersonalInfo info = requireInfo(onboarding);
			return document.render(onboarding, info, ContractDocument.languageFor(info));
		});
	}

	@Override
	public ContractView accept(String token, ClientInfo client) {
		return inCase(token, onboarding -> {
			onboarding.requireOpen();
			PersonalInfo info = requireInfo(onboarding);
			Instant now = clock.instant();
			LabourContract contract = contracts.findById(onboarding.id())
				.orElseGet(() -> new LabourContract(onboarding.id(), ContractDocument.languageFor(info), now));
			String code = codes.issue();
			contract.accept(OneTimeCodes.hash(onboarding.id(), code), now.plus(OneTimeCodes.VALIDITY), client.ip(),
					now);
			contracts.save(contract);
			String sentTo = messages.send(info, contract.language(), document.companyName(), code);
			audit.recordChange("ACCEPT", ENTITY, onboarding.id(), null, clientRecord(client));
			return view(true, contract, sentTo);
		});
	}

	@Override
	public ContractView confirm(String token, String code, ClientInfo client) {
		return inCase(token, onboarding -> {
			LabourContract contract = contracts.findById(onboarding.id())
				.orElseThrow(() -> new BusinessRuleException(CODES + ".noCodePending"));
			contract.requireUsableLink();
			CodeConfirmation.requirePending(contract, CODES);
			onboarding.requireOpen();
			try {
				CodeConfirmation.check(contract, code, clock.instant(), CODES);
			}
			catch (KeptRefusal wrong) {
				contracts.save(contract);
				audit.recordChange("WRONG_CODE", ENTITY, onboarding.id(), null,
						Map.of("attemptsLeft", contract.attemptsLeft(), "ip", String.valueOf(client.ip())));
				throw wrong;
			}
			sign(onboarding, contract, client);
			return view(true, contract, null);
		});
	}

	private void sign(OnboardingCase onboarding, LabourContract contract, ClientInfo client) {
		Instant now = clock.instant();
		PersonalInfo info = requireInfo(onboarding);
		byte[] unsigned = document.render(onboarding, info, contract.language());
		SigningRecord record = new SigningRecord(info.name(), now, String.valueOf(client.ip()),
				"one-time code by e-mail/SMS (一次性验证码)", onboarding.id().toString(), Sha256.hex(unsigned));
		byte[] signed = signer.sign(recordPage.append(unsigned, record, texts.zone(), "劳动合同 / Labour contract"),
				TenantContext.require(), record);
		contract.sign(client.ip(), client.userAgent(), record.unsignedSha256(), Sha256.hex(signed),
				seal.sealContent(signed), now);
		contracts.save(contract);
		Map<String, Object> after = clientRecord(client);
		after.put("unsignedSha256", record.unsignedSha256());
		after.put("signedSha256", contract.signedSha256());
		audit.recordChange("SIGN", ENTITY, onboarding.id(), null, after);
	}

	private PersonalInfo requireInfo(OnboardingCase onboarding) {
		PersonalInfo info = seal.open(onboarding.personalInfo());
		if (info == null) {
			throw new BusinessRuleException("onboarding.contract.personalInfoMissing");
		}
		return info;
	}

	/** The contract's state for a case with or without saved information and with or without a contract row. */
	static ContractView view(boolean infoSaved, LabourContract contract, String codeSentTo) {
		if (contract == null) {
			return new ContractView(infoSaved ? "READY" : "WAITING_FOR_PERSONAL_INFO", null, OneTimeCodes.MAX_ATTEMPTS,
					false, null, null);
		}
		String state = contract.signed() ? "SIGNED" : contract.codeHash() != null ? "CODE_SENT" : "READY";
		return new ContractView(state, contract.language(), contract.attemptsLeft(), contract.locked(),
				contract.signedAt(), codeSentTo);
	}

	private static Map<String, Object> clientRecord(ClientInfo client) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("ip", String.valueOf(client.ip()));
		values.put("userAgent", String.valueOf(client.userAgent()));
		return values;
	}

	/** Runs {@code work} on the token's case in its tenant; a {@link KeptRefusal} commits before it is thrown. */
	@SuppressWarnings("unchecked")
	private <T> T inCase(String token, Function<OnboardingCase, T> work) {
		NewHireTokens.Subject subject = tokens.subject(token);
		Object result = SystemActor.callAs(subject.tenantId(), () -> transactions.execute(status -> {
			OnboardingCase onboarding = cases.findById(subject.caseId())
				.orElseThrow(() -> new BusinessRuleException(404, "onboarding.link.invalid"));
			try {
				return work.apply(onboarding);
			}
			catch (KeptRefusal refusal) {
				return refusal;
			}
		}));
		if (result instanceof KeptRefusal refusal) {
			throw refusal;
		}
		return (T) result;
	}
}
