package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.PersonalInfo;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.Permission;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour contract of a case for HR: the signed copy once there is one, else a draft rendered from the new
 * hire's information. Both hold the full ID number, address and phone, so reading them is an audited reveal.
 */
@Component
@Transactional
class ContractCopies {

	private final VisibleCases visible;

	private final LabourContractRepository contracts;

	private final PersonalInfoSeal seal;

	private final ContractDocument contractDocument;

	private final AuditTrail audit;

	ContractCopies(VisibleCases visible, LabourContractRepository contracts, PersonalInfoSeal seal,
			ContractDocument contractDocument, AuditTrail audit) {
		this.visible = visible;
		this.contracts = contracts;
		this.seal = seal;
		this.contractDocument = contractDocument;
		this.audit = audit;
	}

	byte[] pdf(UUID id) {
		OnboardingCase onboarding = visible.load(id);
		// the contract holds the full ID number, address and phone: the same permission as revealing them
		if (!CurrentUser.require().can(Permission.EMPLOYEE_PII_REVEAL)) {
			throw new BusinessRuleException(403, "onboarding.contract.revealForbidden");
		}
		LabourContract contract = contracts.findById(id).orElse(null);
		boolean signed = contract != null && contract.signed();
		byte[] pdf;
		if (signed) {
			pdf = seal.openContent(contract.signedPdf());
		}
		else {
			PersonalInfo info = seal.open(onboarding.personalInfo());
			if (info == null) {
				throw new BusinessRuleException("onboarding.contract.personalInfoMissing");
			}
			pdf = contractDocument.render(onboarding, info, ContractDocument.languageFor(info));
		}
		audit.recordSensitiveRead(DefaultNewHireContracts.ENTITY, id, signed ? "signedContract" : "draftContract");
		return pdf;
	}
}
