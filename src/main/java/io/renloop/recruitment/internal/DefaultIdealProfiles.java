package io.renloop.recruitment.internal;

import io.renloop.employee.PositionHolders;
import io.renloop.employee.PositionHolders.Qualifications;
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
 * Ideal profiles from the active employees of a position: from its top performers by their latest published
 * performance result when at least {@value #MIN_TOP_PERFORMERS} of them are, otherwise from all of them; the
 * explanation says which and why.
 */
@Service
class DefaultIdealProfiles implements IdealProfiles {

	/** Fewer top performers than this say too little about a position: then all holders count. */
	static final int MIN_TOP_PERFORMERS = 3;

	private final Organization organization;

	private final PositionHolders holders;

	private final JdbcTopPerformers ratings;

	private final MessageSource messages;

	private final Clock clock;

	DefaultIdealProfiles(Organization organization, PositionHolders holders, JdbcTopPerformers ratings,
			MessageSource messages, Clock clock) {
		this.organization = organization;
		this.holders = holders;
		this.ratings = ratings;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public IdealProfile of(UUID positionId) {
		organization.position(positionId);
		List<Qualifications> all = holders.activeIn(positionId);
		JdbcTopPerformers.Ratings rated = ratings.of(all.stream().map(Qualifications::employeeId).toList());
		boolean fromTop = rated.top().size() >= MIN_TOP_PERFORMERS;
		List<Qualifications> counted = fromTop
				? all.stream().filter(q -> rated.top().contains(q.employeeId())).toList() : all;
		IdealProfileDerivation derived = new IdealProfileDerivation(counted, LocalDate.now(clock));
		Locale locale = LocaleContextHolder.getLocale();
		int of = derived.employees();
		String key = all.isEmpty() ? "recruitment.idealProfile.noEmployees"
				: fromTop ? "recruitment.idealProfile.fromTopPerformers"
						: rated.rated().isEmpty() ? "recruitment.idealProfile.fromAllEmployees"
								: "recruitment.idealProfile.fewTopPerformers";
		String explanation = messages.getMessage(key, new Object[] { String.valueOf(of), String.valueOf(all.size()),
				rated.latestCycle().orElse(""), String.valueOf(MIN_TOP_PERFORMERS) }, locale);
		return new IdealProfile(positionId, new IdealProfile.BasedOn(of, rated.rated().isEmpty() ? null
				: rated.top().size()), explanation,
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
