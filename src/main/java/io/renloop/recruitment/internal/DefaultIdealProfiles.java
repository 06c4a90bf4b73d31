package io.renloop.recruitment.internal;

import io.renloop.employee.PositionHolders;
import io.renloop.organization.Organization;
import io.renloop.recruitment.IdealProfile;
import io.renloop.recruitment.IdealProfiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Ideal profiles from all active employees of a position: the product has no performance ratings yet, so there
 * are no top performers to prefer, and the explanation says so.
 */
@Service
class DefaultIdealProfiles implements IdealProfiles {

	private final Organization organization;

	private final PositionHolders holders;

	private final MessageSource messages;

	private final Clock clock;

	DefaultIdealProfiles(Organization organization, PositionHolders holders, MessageSource messages, Clock clock) {
		this.organization = organization;
		this.holders = holders;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public IdealProfile of(UUID positionId) {
		organization.position(positionId);
		IdealProfileDerivation derived = new IdealProfileDerivation(holders.activeIn(positionId),
				LocalDate.now(clock));
		Locale locale = LocaleContextHolder.getLocale();
		int of = derived.employees();
		String explanation = messages.getMessage(
				of == 0 ? "recruitment.idealProfile.noEmployees" : "recruitment.idealProfile.fromAllEmployees",
				new Object[] { of }, locale);
		return new IdealProfile(positionId, new IdealProfile.BasedOn(of, null), explanation,
				derived.medianYears().map(c -> suggestion(c, of, locale)).orElse(null),
				derived.education().map(c -> suggestion(c, of, locale)).orElse(null),
				derived.requiredCertificates().stream().map(c -> suggestion(c, of, locale)).toList(), List.of(),
				derived.niceToHaveCertificates().stream().map(c -> suggestion(c, of, locale)).toList());
	}

	private <T> IdealProfile.Suggestion<T> suggestion(IdealProfileDerivation.Counted<T> counted, int of,
			Locale locale) {
		return new IdealProfile.Suggestion<>(counted.value(), counted.employees(), of,
				messages.getMessage("recruitment.idealProfile.support", new Object[] { counted.employees(), of },
						locale));
	}
}
