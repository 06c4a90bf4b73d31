package io.renloop.payroll.internal.band;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a base sits against a band's midpoint on a day, from effective-dated versions: the version in force is the
 * latest that starts on or before the day, so a raise or a new band version dated after it changes nothing.
 */
final class PayInBand {

	/** Decimals of the ratio: a hundredth of a percent. */
	static final int SCALE = 4;

	private PayInBand() {
	}

	/** An amount from a day on, until the next version. */
	record Dated(LocalDate from, BigDecimal amount) {
	}

	/** The amount of the version in force on the day, if one started by then. */
	static Optional<BigDecimal> inForce(Collection<Dated> versions, LocalDate day) {
		return versions.stream()
			.filter(version -> !version.from().isAfter(day))
			.max(Comparator.comparing(Dated::from))
			.map(Dated::amount);
	}

	/**
	 * base / midpoint − 1 of the versions in force on the day, to four decimals (half up); empty without either or
	 * with a midpoint of zero.
	 */
	static Optional<BigDecimal> ratio(Collection<Dated> bases, Collection<Dated> midpoints, LocalDate day) {
		Optional<BigDecimal> base = inForce(bases, day);
		Optional<BigDecimal> midpoint = inForce(midpoints, day).filter(m -> m.signum() > 0);
		if (base.isEmpty() || midpoint.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(base.get()
			.divide(midpoint.get(), SCALE + 4, RoundingMode.HALF_UP)
			.subtract(BigDecimal.ONE)
			.setScale(SCALE, RoundingMode.HALF_UP));
	}
}
