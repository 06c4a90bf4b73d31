package io.renloop.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of a position's pay band: the monthly base (CNY) it expects from a day on, until the next version.
 *
 * @param positionCode the position's code, for lists people read
 */
public record PayBandView(UUID positionId, String positionCode, LocalDate effectiveFrom, BigDecimal minimum,
		BigDecimal midpoint, BigDecimal maximum) {
}
