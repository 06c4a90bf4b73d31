package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.MakeOffer;
import io.renloop.onboarding.OfferView;
import io.renloop.onboarding.Offers;
import io.renloop.organization.HeadcountUsage;
import io.renloop.recruitment.Applications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers from the side of HR and recruiters: making one ({@link OfferMaking}), reading, withdrawing
 * ({@link OfferWithdrawal}), and its letters ({@link OfferPdfs}). The permissions are checked here, at the module's API.
 */
@Service
@Transactional
class DefaultOffers implements Offers {

	static final String ENTITY = "Offer";

	static final String SUBJECT_TYPE = "offer";

	private final OfferMaking making;

	private final ScopedOffers offers;

	private final OfferPdfs pdfs;

	private final OfferHeadcount headcount;

	private final Applications applications;

	private final OfferViews views;

	private final OfferWithdrawal withdrawal;

	DefaultOffers(OfferMaking making, ScopedOffers offers, OfferPdfs pdfs, OfferHeadcount headcount,
			Applications applications, OfferViews views, OfferWithdrawal withdrawal) {
		this.making = making;
		this.offers = offers;
		this.pdfs = pdfs;
		this.headcount = headcount;
		this.applications = applications;
		this.views = views;
		this.withdrawal = withdrawal;
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public OfferView make(UUID applicationId, MakeOffer command) {
		return views.of(making.make(applicationId, command));
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public OfferView get(UUID offerId) {
		return views.of(offers.find(offerId));
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public List<OfferView> ofApplication(UUID applicationId) {
		applications.application(applicationId);
		return offers.ofApplication(applicationId).stream().map(views::of).toList();
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public OfferView withdraw(UUID offerId) {
		return views.of(withdrawal.withdraw(offerId));
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public byte[] preview(UUID offerId) {
		return pdfs.preview(offerId);
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_READ')")
	public byte[] signedPdf(UUID offerId) {
		return pdfs.signed(offerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<HeadcountUsage.Slot, Long> reservedSlots() {
		return headcount.reservedSlots();
	}

	static Map<String, Object> snapshot(Offer offer) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", offer.status().name());
		values.put("applicationId", offer.applicationId().toString());
		values.put("positionId", offer.positionId().toString());
		values.put("departmentId", offer.departmentId().toString());
		values.put("monthlySalary", offer.monthlySalary().toPlainString());
		values.put("startDate", offer.startDate().toString());
		values.put("probationMonths", offer.probationMonths());
		values.put("replyBy", offer.replyBy().toString());
		return values;
	}
}
